package io.coursedesk.invitations.aws;

import io.coursedesk.shared.aws.AwsClients;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.time.Duration;

/** The SES and S3 clients of this function, built like every other client by {@link AwsClients}. */
@Factory
public class MailClientFactory {
    /** SES throttling and 5xx answers are retried this often in one delivery before the delivery fails. */
    public static final int SES_MAX_ATTEMPTS = 6;

    @Singleton
    SesV2Client sesClient(AwsClients clients) {
        return clients.build(SesV2Client.builder()
                .overrideConfiguration(c -> c.retryStrategy(sesRetryStrategy())), "ses");
    }

    /** Path-style addressing only against a local endpoint: AWS itself prefers virtual-hosted buckets. */
    @Singleton
    S3Client s3Client(AwsClients clients) {
        return clients.build(S3Client.builder().forcePathStyle(clients.endpoint("s3").isPresent()), "s3");
    }

    /** The SDK's standard strategy (throttling, 5xx, I/O errors) with more attempts and exponential backoff. */
    private static RetryStrategy sesRetryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(SES_MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.exponentialDelay(
                        Duration.ofMillis(100), Duration.ofSeconds(5)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(
                        Duration.ofMillis(250), Duration.ofSeconds(10)))
                .build();
    }
}
