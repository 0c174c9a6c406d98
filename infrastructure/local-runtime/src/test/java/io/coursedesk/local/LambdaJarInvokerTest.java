package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.ApiGatewayEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the empty bench function's real shaded jar through the invoker. */
class LambdaJarInvokerTest {

    private static final String HANDLER = "io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LambdaJarInvoker invoker;

    @BeforeAll
    static void loadEmptyFunction() {
        invoker = LambdaJarInvoker.load("EmptyFunction", emptyFunctionJar(), HANDLER, Duration.ofSeconds(30), 512);
    }

    @AfterAll
    static void close() {
        invoker.close();
    }

    @Test
    void convertsAnApiGatewayEventAndTheResponse() throws Exception {
        JsonNode response = JSON.readTree(invoker.invoke(httpEvent("GET", "/ping")));

        assertThat(response.get("statusCode").asInt()).isEqualTo(200);
        assertThat(JSON.readTree(response.get("body").asText()).get("status").asText()).isEqualTo("pong");
        assertThat(invoker.coldStart()).isPositive();
    }

    @Test
    void anUnknownRouteIsTheFunctionsOwn404() throws Exception {
        JsonNode response = JSON.readTree(invoker.invoke(httpEvent("GET", "/nowhere")));

        assertThat(response.get("statusCode").asInt()).isEqualTo(404);
    }

    @Test
    void concurrentCallersAreServedOneAtATime() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> responses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                responses.add(callers.submit(() -> invoker.invoke(httpEvent("GET", "/ping"))));
            }
            for (Future<String> response : responses) {
                assertThat(JSON.readTree(response.get()).get("statusCode").asInt()).isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theFunctionSeesOnlyItsOwnJar() {
        assertThatThrownBy(() -> LambdaJarInvoker.load("Isolated", emptyFunctionJar(),
                LambdaJarInvoker.class.getName(), Duration.ofSeconds(5), 128))
                .isInstanceOf(LambdaInvocationException.class)
                .hasCauseInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aClassThatIsNoHandlerIsRejected() {
        assertThatThrownBy(() -> LambdaJarInvoker.load("NoHandler", emptyFunctionJar(),
                "io.coursedesk.bench.empty.PingController", Duration.ofSeconds(5), 128))
                .isInstanceOf(LambdaInvocationException.class)
                .hasRootCauseMessage("NoHandler: io.coursedesk.bench.empty.PingController implements neither "
                        + "RequestHandler nor RequestStreamHandler");
    }

    private static String httpEvent(String method, String path) {
        return ApiGatewayEvents.request(method, path).header("Accept", "application/json").toJson();
    }

    private static Path emptyFunctionJar() {
        return Path.of("../../bench/empty-function/target/empty-function-lambda.jar").toAbsolutePath().normalize();
    }
}
