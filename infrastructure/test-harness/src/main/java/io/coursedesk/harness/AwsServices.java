package io.coursedesk.harness;

import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.localstack.LocalStackServices;
import io.coursedesk.harness.s3.S3Bucket;
import io.coursedesk.harness.ses.MailStore;
import io.coursedesk.harness.template.SamTemplate;

import java.net.URI;
import java.nio.file.Path;

/**
 * What {@link LocalAws} runs on: the emulators on this machine (the default) or one LocalStack container
 * ({@code -Dcoursedesk.aws=localstack}). Everything above this seam (the table from the template, the system
 * properties, the tests) is the same for both.
 */
public interface AwsServices {

    /** The switch: {@code emulators} (default) or {@code localstack}. */
    String PROPERTY = "coursedesk.aws";

    /** The services the switch names, started. */
    static AwsServices start() {
        String choice = System.getProperty(PROPERTY, "emulators");
        return switch (choice) {
            case "emulators" -> Emulators.start();
            case "localstack" -> LocalStackServices.start();
            default -> throw new IllegalArgumentException(PROPERTY + " is emulators or localstack, not " + choice);
        };
    }

    URI dynamoDbEndpoint();

    /** The bus with the template's rules, delivering to targets in this JVM. */
    EventBus startEventBus(String busName, SamTemplate template);

    /** Asks {@link #startSes} for SES wherever it answers. */
    int ANY_PORT = 0;

    /** SES; on this port unless {@link #ANY_PORT} (the local run's mail viewer is on a fixed one). */
    MailStore startSes(Path repositoryRoot, int port);

    S3Bucket startS3(String bucket);

    void stop();
}
