package io.coursedesk.shared.aws;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

import java.net.URI;

/**
 * Builds every SDK client the same way: the small URL-connection HTTP client (faster cold start than
 * Apache or Netty), region and credentials from the default chain (the Lambda environment in AWS, system
 * properties locally), and an endpoint override from {@code coursedesk.aws.endpoint.<service>} when set,
 * which only the local runtime and the tests do.
 */
@Singleton
public class AwsClients {

    private final Environment environment;

    public AwsClients(Environment environment) {
        this.environment = environment;
    }

    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder, String service) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder());
        environment.getProperty("coursedesk.aws.endpoint." + service, String.class)
                .filter(endpoint -> !endpoint.isBlank())
                .ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        return builder.build();
    }
}
