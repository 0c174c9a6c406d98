package io.coursedesk.availability;

import io.coursedesk.harness.template.HttpApiRoute;
import io.micronaut.web.router.Router;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** API Gateway sends the function exactly the routes its controllers serve, and only the answer pages are public. */
class RoutesTest {
    private final FunctionUnderTest api = FunctionUnderTest.get();

    @Test
    void theTemplatesRoutesAreTheRoutesTheFunctionServes() {
        Set<String> served = api.bean(Router.class).uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD")) // Micronaut's own twin of each GET
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> routed = routes().stream().map(HttpApiRoute::routeKey)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).isEqualTo(routed);
        assertThat(routes().stream().filter(HttpApiRoute::publicRoute).map(HttpApiRoute::routeKey))
                .containsExactlyInAnyOrder("GET /respond/{token}", "POST /respond/{token}");
    }

    private List<HttpApiRoute> routes() {
        return api.aws().template().httpRoutes().stream()
                .filter(route -> route.functionId().equals(FunctionUnderTest.FUNCTION_ID)).toList();
    }
}
