package io.coursedesk.passes.exports;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.LocalLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The pass-bundles API function alone in a JVM of its own, as Lambda runs it, for {@link CourseResultsExportBench}:
 * reads one API Gateway event per line on stdin, hands it to the real handler (talking to the bench's stand-ins
 * through the endpoints in its system properties) and answers {@code EXPORT <status> <ms> <peak heap MB> <body>}:
 * the handler's time and the highest heap this JVM used during the call (the heap pools' peaks, reset before it).
 */
public final class ExportProcess {
    static final String ANSWER = "EXPORT ";

    private ExportProcess() {
    }

    public static void main(String[] args) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        try (APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction();
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String event = in.readLine(); event != null; event = in.readLine()) {
                System.gc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long start = System.nanoTime();
                ApiGatewayResponse response = ApiGatewayResponse.of(handler.handleRequest(
                        ApiGatewayEvents.fromJson(event), LocalLambdaContext.of("PassBundlesApiFunction")));
                long millis = (System.nanoTime() - start) / 1_000_000;
                long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
                String body = response.contentType().startsWith("application/json")
                        || response.contentType().startsWith("application/problem") ? response.body().replace('\n', ' ')
                        : response.bodyBytes().length + " bytes of " + response.contentType();
                System.out.println(ANSWER + response.status() + " " + millis + " " + peak + " " + body);
                System.out.flush();
            }
        }
    }
}
