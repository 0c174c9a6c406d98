package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.OpenApiDocument;
import io.coursedesk.harness.template.RouteCheck;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    void namesExactlyTheTemplatesRoutesPublicWhereTheTemplateSaysSo() {
        RouteCheck check = RouteCheck.ofWholeApi(TEMPLATE, OpenApiDocument.of(document));

        assertThat(check.differences()).isEmpty();
        assertThat(check.publicRoutes()).isNotEmpty();
    }

    @Test
    void publicRoutesSayTheyNeedNoTokenAndEveryOtherNeedsTheJwtScheme() {
        for (HttpApiRoute route : TEMPLATE.httpRoutes()) {
            JsonNode operation = document.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                continue; // the test above names it
            }
            JsonNode security = operation.path("security");
            assertThat(security.isArray()).as("security of " + route.routeKey()).isTrue();
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

    @Test
    void everyIdIsNamedAfterItsResourceNoSchemaHasABareId() {
        List<String> bareIds = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        schemas.fieldNames().forEachRemaining(name -> {
            if (schemas.path(name).path("properties").has("id")) {
                bareIds.add(name);
            }
        });

        assertThat(bareIds).isEmpty();
        assertThat(document.at("/components/schemas/StudentView/properties").has("studentId")).isTrue();
        assertThat(document.at("/components/schemas/OrganisationView/properties").has("organisationId")).isTrue();
        assertThat(document.at("/components/schemas/InstructorView/properties").has("instructorId")).isTrue();
        assertThat(document.at("/components/schemas/TemplateView/properties").has("templateId")).isTrue();
    }
}
