package io.coursedesk.passes.bundles;

import io.coursedesk.harness.LocalLambdaContext;
import io.coursedesk.harness.template.SamTemplate;
import io.coursedesk.passes.api.PassBundlesEventHandler;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generator function alone in a JVM of its own, as Lambda runs it, for {@link PassBundleBench}: reads one
 * EventBridge envelope per line on stdin, hands it to the real handler (talking to the bench's stand-ins through the
 * endpoints in its system properties), answers {@link #DONE} or {@link #FAILED} per event, and at the end its own
 * peak resident memory, which is the function's and nothing else's.
 */
public final class GeneratorProcess {
    static final String DONE = "GENERATOR-DONE";
    static final String FAILED = "GENERATOR-FAILED";
    static final String PEAK_RSS = "GENERATOR-PEAK-RSS-MB ";

    private GeneratorProcess() {
    }

    public static void main(String[] args) throws Exception {
        var function = SamTemplate.locate().function("PassBundleGeneratorFunction");
        try (PassBundlesEventHandler handler = new PassBundlesEventHandler();
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String envelope = in.readLine(); envelope != null; envelope = in.readLine()) {
                try {
                    handler.handleRequest(new ByteArrayInputStream(envelope.getBytes(StandardCharsets.UTF_8)),
                            OutputStream.nullOutputStream(), LocalLambdaContext.of(function));
                    System.out.println(DONE);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    System.out.println(FAILED);
                }
                System.out.flush();
            }
        }
        System.out.println(PEAK_RSS + peakRssMegabytes());
    }

    /** VmHWM: the highest resident set this process reached. */
    static long peakRssMegabytes() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                .findFirst().orElse(-1L);
    }
}
