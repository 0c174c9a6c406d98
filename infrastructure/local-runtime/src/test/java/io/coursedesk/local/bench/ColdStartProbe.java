package io.coursedesk.local.bench;

import io.coursedesk.local.LambdaJarInvoker;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cold start, in a fresh JVM that does only what the Lambda Java runtime does: loads a function jar,
 * hands it one API Gateway v2 event, and prints how long it took from the JVM's start to the response.
 * Run by {@code bench/cold-start.sh}: {@code ColdStartProbe <jar> <handler> <event json file>}.
 */
public final class ColdStartProbe {

    /** Read without a JSON library: the timed JVM loads nothing the Lambda runtime would not. */
    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path jar = Path.of(args[0]);
        byte[] event = Files.readAllBytes(Path.of(args[2]));

        long initStart = System.nanoTime();
        LambdaJarInvoker function = LambdaJarInvoker.load(jar.getFileName().toString(), jar, args[1],
                Duration.ofSeconds(30), 1024);
        long invokeStart = System.nanoTime();
        byte[] response = function.invoke(event);
        long done = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;

        String answer = new String(response, StandardCharsets.UTF_8);
        Matcher status = STATUS.matcher(answer);
        if (!status.find() || Integer.parseInt(status.group(1)) >= 400) {
            throw new IllegalStateException(args[2] + " answered " + answer);
        }
        System.out.printf("status=%s jvm_to_response_ms=%d init_ms=%d first_invoke_ms=%d%n", status.group(1),
                sinceJvmStart, (invokeStart - initStart) / 1_000_000, (done - invokeStart) / 1_000_000);
        // the function's application context may leave non-daemon threads; Lambda never closes it either
        System.exit(0);
    }
}
