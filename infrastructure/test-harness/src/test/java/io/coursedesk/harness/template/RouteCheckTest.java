package io.coursedesk.harness.template;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The route check names each route the template and the OpenAPI document disagree on, and how. */
class RouteCheckTest {
    private static final String DOCUMENT = "META-INF/swagger/things-0.1.yml";

    private final SamTemplate template = template();

    @Test
    void readsTheDocumentsRoutesAndTellsPublicOnesByTheirOwnSecurityRequirement() {
        OpenApiDocument document = OpenApiDocument.fromClasspath(DOCUMENT);

        assertThat(document.routes()).containsExactly("DELETE /things/{thingId}", "GET /catalogue", "GET /things",
                "GET /things/{thingId}", "POST /things");
        assertThat(document.publicRoutes()).containsExactly("DELETE /things/{thingId}", "GET /catalogue");
    }

    @Test
    void namesRoutesOnOneSideOnlyAndRoutesPublicOnOneSideOnly() {
        RouteCheck check = RouteCheck.of(template, "ThingsFunction", OpenApiDocument.fromClasspath(DOCUMENT));

        assertThat(check.publicRoutes()).containsExactly("GET /catalogue", "GET /things/{thingId}");
        assertThat(check.differences()).containsExactlyInAnyOrder(
                "POST /things: documented, not in template.yaml",
                "GET /things/{thingId}: public in template.yaml, secured in the document",
                "DELETE /things/{thingId}: public in the document, behind the authorizer in template.yaml");
    }

    @Test
    void anUnknownFunctionOrDocumentIsAnErrorNotAnEmptyComparison() {
        assertThatThrownBy(() -> RouteCheck.of(template, "ThingFunction", OpenApiDocument.fromClasspath(DOCUMENT)))
                .hasMessageContaining("ThingFunction");
        assertThatThrownBy(() -> OpenApiDocument.fromClasspath("META-INF/swagger/nothing-0.1.yml"))
                .hasMessageContaining("nothing-0.1.yml");
    }

    private static SamTemplate template() {
        try {
            return SamTemplate.load(Path.of(RouteCheckTest.class.getResource("/route-check-template.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
