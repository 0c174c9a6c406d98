package io.coursedesk.shared.aws;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

import java.net.URI;
import java.util.Optional;

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
        endpoint(service).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /**
     * The local endpoint of this service, if one is set; for what is not an SDK client (the S3 presigner), and for
     * settings only a local stand-in needs (path-style S3 addressing).
     */
    public Optional<URI> endpoint(String service) {
        return environment.getProperty("coursedesk.aws.endpoint." + service, String.class)
                .filter(endpoint -> !endpoint.isBlank())
                .map(URI::create);
    }
}
