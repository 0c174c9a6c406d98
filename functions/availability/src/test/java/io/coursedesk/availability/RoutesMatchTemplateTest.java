package io.coursedesk.availability;

import io.coursedesk.harness.template.RouteCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** API Gateway sends the function exactly the routes its controllers document, and only the answer pages are public. */
class RoutesMatchTemplateTest {

    @Test
    void theOpenApiDocumentAndTheTemplateNameTheSameRoutes() {
        RouteCheck routes = RouteCheck.of(ProviderFixture.FUNCTION_ID,
                "META-INF/swagger/coursedesk-availability-0.1.yml");

        assertThat(routes.differences()).isEmpty();
        assertThat(routes.publicRoutes()).containsExactly("GET /respond/{token}", "POST /respond/{token}");
    }
}
