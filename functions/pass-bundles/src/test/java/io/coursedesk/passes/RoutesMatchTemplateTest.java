package io.coursedesk.passes;

import io.coursedesk.harness.template.RouteCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** API Gateway sends the API function exactly the routes its controllers document; only the verification page is public. */
class RoutesMatchTemplateTest {

    @Test
    void theOpenApiDocumentAndTheTemplateNameTheSameRoutes() {
        RouteCheck routes = RouteCheck.of("PassBundlesApiFunction", "META-INF/swagger/coursedesk-pass-bundles-0.1.yml");

        assertThat(routes.differences()).isEmpty();
        assertThat(routes.publicRoutes()).containsExactly("GET /verify/{code}");
    }
}
