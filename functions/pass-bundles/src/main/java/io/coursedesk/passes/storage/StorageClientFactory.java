package io.coursedesk.passes.storage;

import io.coursedesk.shared.aws.AwsClients;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;

/**
 * The bucket's client and its URL signer. Against a local endpoint both address the bucket by path (S3Proxy has
 * no virtual hosts); AWS itself prefers virtual-hosted buckets.
 */
@Factory
public class StorageClientFactory {

    @Singleton
    S3Client s3Client(AwsClients clients, @Value("${coursedesk.aws.endpoint.s3:}") String endpoint) {
        return clients.build(S3Client.builder().forcePathStyle(!endpoint.isBlank()), "s3");
    }

    /** Signs with the function's own credentials: a URL lives at most as long as they do. */
    @Singleton
    S3Presigner s3Presigner(@Value("${coursedesk.aws.endpoint.s3:}") String endpoint) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(!endpoint.isBlank()).build());
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}
