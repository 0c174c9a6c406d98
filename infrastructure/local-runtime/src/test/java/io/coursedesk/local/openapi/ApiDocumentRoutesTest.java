package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged document of the built function jars names exactly the routes of template.yaml, with their security. */
class ApiDocumentRoutesTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();
    private static ObjectNode document;

    @BeforeAll
    static void merge() {
        document = ApiDocument.of(TEMPLATE);
    }

    @Test
    void namesExactlyTheTemplatesRoutes() {
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> routed = TEMPLATE.httpRoutes().stream().map(HttpApiRoute::routeKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(difference(routed, documented)).as("template.yaml's routes no function documents").isEmpty();
        assertThat(difference(documented, routed)).as("documented routes template.yaml does not have").isEmpty();
    }

    @Test
    void publicRoutesNeedNoTokenAndEveryOtherTheJwtScheme() {
        assertThat(TEMPLATE.httpRoutes()).anyMatch(HttpApiRoute::publicRoute);
        for (HttpApiRoute route : TEMPLATE.httpRoutes()) {
            JsonNode operation = document.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                continue; // the test above names it
            }
            JsonNode security = operation.get("security");
            if (route.publicRoute()) {
                assertThat(security.isEmpty()).as("security of public " + route.routeKey() + ": " + security).isTrue();
            } else {
                assertThat(security).as("security of " + route.routeKey()).hasSize(1);
                assertThat(security.get(0).has(Operations.SECURITY_SCHEME)).as("security of " + route.routeKey()).isTrue();
            }
        }
        assertThat(document.at("/components/securitySchemes/" + Operations.SECURITY_SCHEME + "/bearerFormat").asText())
                .isEqualTo("JWT");
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> difference = new TreeSet<>(from);
        difference.removeAll(without);
        return difference;
    }
}
