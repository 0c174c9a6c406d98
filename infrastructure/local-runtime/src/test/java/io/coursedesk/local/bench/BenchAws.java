package io.coursedesk.local.bench;

import io.coursedesk.harness.LocalAws;

import java.util.Map;
import java.util.TreeMap;

/**
 * The local AWS a function needs to start and serve, in its own JVM so the timed JVMs do not pay for it:
 * starts the harness's emulators, prints the functions' configuration as {@code -D} options on one line,
 * and runs until its standard input closes.
 */
public final class BenchAws {

    private BenchAws() {
    }

    public static void main(String[] args) throws Exception {
        LocalAws.get();
        Map<String, String> options = new TreeMap<>();
        System.getProperties().forEach((name, value) -> {
            String key = name.toString();
            if (key.startsWith("coursedesk.") || key.startsWith("aws.") || key.startsWith("micronaut.")) {
                options.put(key, value.toString());
            }
        });
        StringBuilder line = new StringBuilder("OPTIONS");
        options.forEach((name, value) -> line.append(" -D").append(name).append('=').append(value));
        System.out.println(line);
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the script to close our input
        }
        System.exit(0);
    }
}
