package io.coursedesk.local.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one OpenAPI 3.1 document of the whole HTTP API, merged from the documents of the functions behind it: every
 * route from exactly one function, its security as {@code template.yaml} sets it (none on the public routes, the JWT
 * scheme elsewhere), problem responses, operationIds unique across the API, servers and tags.
 */
public final class ApiDocument {

    public static final String TITLE = "CourseDesk API";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    private static final String PRODUCT = TITLE.substring(0, TITLE.indexOf(' ') + 1);
    private static final String DESCRIPTION = """
            Course administration for training providers: courses, catalogue, enrolments with waiting lists, \
            instructors and their invitations, mail templates and invitations, passes, certificates and course files.

            Every operation but the public ones (those without a security requirement) needs a JWT bearer token; \
            the roles an operation lists are the values of the token's `custom:role` claim it accepts. Every error \
            is `application/problem+json` (RFC 9457); an invalid request's problem names each invalid field in `errors`.""";

    private ApiDocument() {
    }

    /** The document for the template's routes, from the function jars built last. */
    public static ObjectNode of(SamTemplate template) {
        return merge(FunctionApi.of(template), template.httpRoutes());
    }

    /** Merges the functions' documents; fails naming every clash and every operation its function must complete. */
    public static ObjectNode merge(List<FunctionApi> functionApis, Collection<HttpApiRoute> routes) {
        List<FunctionApi> apis = Components.renameClashes(functionApis);
        apis.forEach(api -> OpenApi31.convert(api.document()));
        Paths paths = new Paths(routes.stream().filter(HttpApiRoute::publicRoute).map(HttpApiRoute::routeKey)
                .collect(Collectors.toSet()), PRODUCT);
        apis.forEach(paths::add);
        List<String> problems = new ArrayList<>(paths.problems());
        apis.forEach(api -> problems.addAll(foreignSecuritySchemes(api)));
        Set<String> versions = apis.stream().map(api -> api.document().path("info").path("version").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        if (versions.size() > 1) {
            problems.add("the functions' documents differ in info.version " + versions + ": give them one");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the merged OpenAPI document cannot be made:\n  - " + String.join("\n  - ", problems));
        }
        Operations.assignOperationIds(paths.operations());
        Components components = new Components();
        ProblemResponses.defineIn(components);
        apis.forEach(components::add);

        ObjectNode document = NODES.objectNode().put("openapi", OpenApi31.VERSION);
        ObjectNode info = document.putObject("info").put("title", TITLE)
                .put("version", versions.isEmpty() ? "0" : versions.iterator().next()).put("description", DESCRIPTION);
        // the project is proprietary: its npm packages say UNLICENSED
        info.putObject("license").put("name", "Proprietary").put("identifier", "LicenseRef-Proprietary");
        document.set("servers", servers());
        document.set("tags", paths.tags());
        ObjectNode pathsNode = paths.node();
        document.set("paths", pathsNode);
        document.set("components", components.reachableFrom(pathsNode, securitySchemes()));
        return document;
    }

    public static byte[] yaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The local run as the server this document comes from (it serves it on /openapi.yaml, on whatever PORT says):
     * Redocly's recommended rules refuse a localhost URL.
     */
    private static JsonNode servers() {
        var servers = NODES.arrayNode();
        servers.addObject().put("url", "/").put("description", "The local run (./run-local), which serves this document");
        ObjectNode aws = servers.addObject().put("url", "https://{apiId}.execute-api.{region}.amazonaws.com")
                .put("description", "A stack in AWS: its output ApiUrl");
        ObjectNode variables = aws.putObject("variables");
        variables.putObject("apiId").put("default", "your-api-id").put("description", "The stack's HttpApi id");
        variables.putObject("region").put("default", "eu-west-1").put("description", "The stack's AWS region");
        return servers;
    }

    private static ObjectNode securitySchemes() {
        ObjectNode schemes = NODES.objectNode();
        schemes.putObject(Operations.SECURITY_SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "In AWS the Cognito user pool's ID token, which the HttpApi's JWT authorizer checks; "
                        + "in the local run a token from POST /local/token.");
        return schemes;
    }

    /** The only scheme the gateway applies is its JWT authorizer; a function document naming another is wrong. */
    private static List<String> foreignSecuritySchemes(FunctionApi api) {
        List<String> problems = new ArrayList<>();
        api.document().path("components").path("securitySchemes").fields().forEachRemaining(scheme -> {
            JsonNode body = scheme.getValue();
            if (!body.path("type").asText().equals("http") || !body.path("scheme").asText().equalsIgnoreCase("bearer")) {
                problems.add("security scheme " + scheme.getKey() + " of " + api.functionId()
                        + " is not the gateway's JWT bearer scheme");
            }
        });
        return problems;
    }
}
