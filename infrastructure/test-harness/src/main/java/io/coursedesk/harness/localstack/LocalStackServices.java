package io.coursedesk.harness.localstack;

import io.coursedesk.harness.AwsServices;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.s3.S3Bucket;
import io.coursedesk.harness.ses.MailStore;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.file.Path;

/**
 * One LocalStack container for the JVM with DynamoDB and its streams (the outbox relay reads the table's), S3, SES,
 * EventBridge and SQS (the bus's rules deliver through SQS queues to the functions in this JVM, see
 * {@link LocalStackEventBus}). Without a Docker engine every test that asks for it is skipped with that reason.
 */
public final class LocalStackServices implements AwsServices {

    /** Overrides {@link #DEFAULT_IMAGE}. */
    public static final String IMAGE_PROPERTY = "coursedesk.localstack.image";
    /** Licensed (needs {@code LOCALSTACK_AUTH_TOKEN}): the functions send through SES v2, which the community image lacks. */
    public static final String DEFAULT_IMAGE = "localstack/localstack-pro:4.14.0";
    public static final String AUTH_TOKEN = "LOCALSTACK_AUTH_TOKEN";
    /** The domain of the functions' default sender ({@code coursedesk.mail.from}): SES sends from verified identities only. */
    public static final String SENDER_DOMAIN = "coursedesk.local";

    private final LocalStackContainer container;
    private LocalStackEventBus eventBus;

    private LocalStackServices(LocalStackContainer container) {
        this.container = container;
    }

    public static LocalStackServices start() {
        Assumptions.assumeTrue(Docker.AVAILABLE, Docker.MISSING);
        DockerImageName image = DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE))
                .asCompatibleSubstituteFor("localstack/localstack");
        LocalStackContainer container = new LocalStackContainer(image)
                .withServices("dynamodb", "dynamodbstreams", "s3", "ses", "events", "sqs")
                // presigned URLs expire and refuse tampering, as in AWS and S3Proxy
                .withEnv("S3_SKIP_SIGNATURE_VALIDATION", "0");
        String token = System.getenv(AUTH_TOKEN);
        if (token != null) {
            container.withEnv(AUTH_TOKEN, token);
        }
        container.start();
        return new LocalStackServices(container);
    }

    /** The one endpoint every service answers on. */
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public URI dynamoDbEndpoint() {
        return endpoint();
    }

    @Override
    public synchronized EventBus startEventBus(String busName, SamTemplate template) {
        eventBus = LocalStackEventBus.start(endpoint(), busName, template);
        return eventBus;
    }

    @Override
    public MailStore startSes(Path repositoryRoot, int port) {
        if (port != ANY_PORT) {
            Assumptions.abort("the mail viewer on port " + port + " is the SES emulator's own page; LocalStack has none,"
                    + " so the local run stays on the emulators");
        }
        return LocalStackMail.start(endpoint(), SENDER_DOMAIN);
    }

    @Override
    public S3Bucket startS3(String bucket) {
        try (S3Client s3 = LocalCredentials.localClient(S3Client.builder(), endpoint()).forcePathStyle(true).build()) {
            s3.createBucket(b -> b.bucket(bucket).createBucketConfiguration(
                    c -> c.locationConstraint(LocalCredentials.REGION_ID)));
        }
        return new Bucket(bucket, endpoint());
    }

    @Override
    public synchronized void stop() {
        if (eventBus != null) {
            eventBus.stop();
        }
        container.stop();
    }

    private record Bucket(String bucket, URI endpoint) implements S3Bucket {
    }

    /** Asked once per JVM, and said once in the build's output, not only in the test reports. */
    private static final class Docker {
        static final String MISSING = "LocalStack needs a Docker engine; none here (" + PROPERTY + "=localstack)";
        static final boolean AVAILABLE = DockerClientFactory.instance().isDockerAvailable();

        static {
            if (!AVAILABLE) {
                System.getLogger(LocalStackServices.class.getName()).log(System.Logger.Level.WARNING,
                        MISSING + ": every test that needs it is skipped");
            }
        }
    }
}
