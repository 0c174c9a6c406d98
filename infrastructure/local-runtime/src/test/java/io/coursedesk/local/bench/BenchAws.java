package io.coursedesk.local.bench;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.LocalAws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the timed JVMs need but must not pay for, in a JVM of its own: starts the harness's local AWS, writes
 * the API Gateway v2 events to send (one public GET per argument {@code name=path?query}, into the directory
 * given first), prints the functions' configuration as {@code -D} options on one line, and runs until its
 * standard input closes.
 */
public final class BenchAws {

    private BenchAws() {
    }

    public static void main(String[] args) throws Exception {
        LocalAws.get();
        Path eventDir = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] nameAndTarget = args[i].split("=", 2);
            Files.writeString(eventDir.resolve(nameAndTarget[0] + ".json"), ApiGatewayEvents.get(nameAndTarget[1]).toJson());
        }
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
