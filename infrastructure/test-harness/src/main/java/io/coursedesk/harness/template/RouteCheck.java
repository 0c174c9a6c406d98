package io.coursedesk.harness.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one check that an HTTP function's routes in {@code template.yaml} are the routes its compile-time OpenAPI
 * document names, and that the same ones are public in both: a route API Gateway does not send is unreachable, one
 * the function does not serve answers 404, and a route public on one side only is either locked or left open.
 */
public final class RouteCheck {
    private final OpenApiDocument document;
    private final Set<String> templateRoutes;
    private final Set<String> templatePublicRoutes;

    private RouteCheck(OpenApiDocument document, List<HttpApiRoute> functionRoutes) {
        this.document = document;
        this.templateRoutes = functionRoutes.stream().map(HttpApiRoute::routeKey)
                .collect(Collectors.toCollection(TreeSet::new));
        this.templatePublicRoutes = functionRoutes.stream().filter(HttpApiRoute::publicRoute)
                .map(HttpApiRoute::routeKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The repository's template against the document at this classpath resource. */
    public static RouteCheck of(String functionId, String documentResource) {
        return of(SamTemplate.locate(), functionId, OpenApiDocument.fromClasspath(documentResource));
    }

    public static RouteCheck of(SamTemplate template, String functionId, OpenApiDocument document) {
        // an unknown id fails here instead of being compared as a function without routes
        String logicalId = template.function(functionId).logicalId();
        return new RouteCheck(document, template.httpRoutes().stream()
                .filter(route -> route.functionId().equals(logicalId)).toList());
    }

    /** Every route of the template against one document of the whole API. */
    public static RouteCheck ofWholeApi(SamTemplate template, OpenApiDocument document) {
        return new RouteCheck(document, template.httpRoutes());
    }

    public OpenApiDocument document() {
        return document;
    }

    /** The function's public routes ({@code Auth: NONE}) in the template. */
    public Set<String> publicRoutes() {
        return templatePublicRoutes;
    }

    /** Each route the two disagree on, saying how; empty when they agree. */
    public List<String> differences() {
        List<String> differences = new ArrayList<>();
        Set<String> documented = document.routes();
        Set<String> documentedPublic = document.publicRoutes();
        missing(documented, templateRoutes).forEach(route -> differences.add(route + ": documented, not in template.yaml"));
        missing(templateRoutes, documented).forEach(route -> differences.add(route + ": in template.yaml, not documented"));
        missing(templatePublicRoutes, documentedPublic).stream().filter(documented::contains)
                .forEach(route -> differences.add(route + ": public in template.yaml, secured in the document"));
        missing(documentedPublic, templatePublicRoutes).stream().filter(templateRoutes::contains)
                .forEach(route -> differences.add(route + ": public in the document, behind the authorizer in template.yaml"));
        return differences;
    }

    /** What {@code these} has that {@code those} lacks. */
    private static Set<String> missing(Set<String> these, Set<String> those) {
        Set<String> missing = new TreeSet<>(these);
        missing.removeAll(those);
        return missing;
    }
}
