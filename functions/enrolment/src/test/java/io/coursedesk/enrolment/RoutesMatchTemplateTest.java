package io.coursedesk.enrolment;

import io.coursedesk.harness.template.RouteCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document generated at compile time (and shipped in the jar for the Swagger UI) lists exactly
 * the routes template.yaml sends to the enrolment function, and only the catalogue is public in both.
 */
class RoutesMatchTemplateTest {

    @Test
    void theOpenApiDocumentAndTheTemplateNameTheSameRoutes() {
        RouteCheck routes = RouteCheck.of("EnrolmentFunction", "META-INF/swagger/coursedesk-enrolment-0.1.yml");

        assertThat(routes.differences()).isEmpty();
        assertThat(routes.publicRoutes()).containsExactly("GET /catalogue");
        assertThat(routes.document().root().path("info").path("title").asText()).isEqualTo("CourseDesk enrolment");
    }
}
