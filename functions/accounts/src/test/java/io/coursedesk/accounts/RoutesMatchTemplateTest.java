package io.coursedesk.accounts;

import io.coursedesk.harness.template.RouteCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** API Gateway sends the API function exactly the routes its controllers document; only the sign-up is public. */
class RoutesMatchTemplateTest {

    @Test
    void theOpenApiDocumentAndTheTemplateNameTheSameRoutes() {
        RouteCheck routes = RouteCheck.of("AccountsApiFunction", "META-INF/swagger/coursedesk-accounts-0.1.yml");

        assertThat(routes.differences()).isEmpty();
        assertThat(routes.publicRoutes()).containsExactly("POST /sign-up");
    }
}
