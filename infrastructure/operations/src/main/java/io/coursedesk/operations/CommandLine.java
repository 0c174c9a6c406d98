package io.coursedesk.operations;

import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An operator command's arguments: flags, options with a value, the required ones; and SDK clients built with the
 * caller's credentials, in {@code --region} (else the environment's), at another endpoint where one is given.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** The options by name ({@code "true"} for a flag); an unknown, incomplete or missing one is refused. */
    public static Map<String, String> parse(String[] args, List<String> flags, List<String> options,
                                            List<String> required) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (flags.contains(name)) {
                values.put(name, "true");
            } else if (options.contains(name) && i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option: " + name);
            }
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("missing " + name);
            }
        }
        return values;
    }

    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, String region,
                                                                                             String endpoint) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder());
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder;
    }
}
