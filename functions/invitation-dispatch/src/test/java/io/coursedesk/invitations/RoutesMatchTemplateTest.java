package io.coursedesk.invitations;

import io.coursedesk.harness.template.RouteCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The compile-time OpenAPI document (Swagger UI of the local run) and template.yaml name the same routes. */
class RoutesMatchTemplateTest {

    @Test
    void theDocumentListsExactlyTheTemplatesRoutesOfTheApiFunctionWithoutTheCallerParameter() {
        RouteCheck routes = RouteCheck.of(MailWorld.API_FUNCTION, "META-INF/swagger/coursedesk-invitations-0.1.yml");

        assertThat(routes.differences()).isEmpty();
        assertThat(routes.publicRoutes()).isEmpty();
        assertThat(routes.document().root().toString()).doesNotContain("\"caller\"");
        assertThat(routes.document().root().path("paths").path("/courses/{courseId}/invitations").path("post")
                .path("responses").has("202")).isTrue();
    }
}
