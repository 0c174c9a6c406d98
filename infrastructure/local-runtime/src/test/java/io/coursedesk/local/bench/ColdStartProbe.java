package io.coursedesk.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.local.LambdaJarInvoker;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One cold start, in a fresh JVM: loads a function jar the way the Lambda runtime does, hands it one
 * API Gateway v2 event, and prints how long it took from the JVM's start to the response.
 * Run by {@code bench/cold-start.sh}: {@code ColdStartProbe <jar> <handler> <public GET path, with query>}.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path jar = Path.of(args[0]);
        String[] pathAndQuery = args[2].split("\\?", 2);
        ApiGatewayEvents.Request request = ApiGatewayEvents.get(pathAndQuery[0]);
        if (pathAndQuery.length > 1) {
            for (String parameter : pathAndQuery[1].split("&")) {
                String[] nameAndValue = parameter.split("=", 2);
                request.query(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
        }
        String event = request.toJson();

        long initStart = System.nanoTime();
        LambdaJarInvoker function = LambdaJarInvoker.load(jar.getFileName().toString(), jar, args[1],
                Duration.ofSeconds(30), 1024);
        long invokeStart = System.nanoTime();
        JsonNode response = new ObjectMapper().readTree(function.invoke(event));
        long done = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        int status = response.path("statusCode").asInt();
        if (status >= 400) {
            throw new IllegalStateException(args[2] + " answered " + status + ": " + response.path("body").asText());
        }
        System.out.printf("status=%d jvm_to_response_ms=%d init_ms=%d first_invoke_ms=%d%n", status,
                sinceJvmStart, (invokeStart - initStart) / 1_000_000, (done - invokeStart) / 1_000_000);
        // the function's application context may leave non-daemon threads; Lambda never closes it either
        System.exit(0);
    }
}
