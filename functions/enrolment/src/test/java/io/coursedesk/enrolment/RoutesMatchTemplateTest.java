package io.coursedesk.enrolment;

import io.coursedesk.harness.template.RouteCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document generated at compile time (and shipped in the jar for the Swagger UI) lists exactly
 * the routes template.yaml sends to the enrolment function, and only the catalogue and the student invitation
 * link's page are public in both.
 */
class RoutesMatchTemplateTest {

    @Test
    void theOpenApiDocumentAndTheTemplateNameTheSameRoutes() {
        RouteCheck routes = RouteCheck.of("EnrolmentFunction", "META-INF/swagger/coursedesk-enrolment-0.1.yml");

        assertThat(routes.differences()).isEmpty();
        assertThat(routes.publicRoutes()).containsExactlyInAnyOrder("GET /catalogue",
                "GET /student-invitation-links/{token}");
        assertThat(routes.document().root().path("info").path("title").asText()).isEqualTo("CourseDesk enrolment");
    }
}
