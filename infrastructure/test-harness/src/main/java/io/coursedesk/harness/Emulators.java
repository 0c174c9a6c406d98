package io.coursedesk.harness;

import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.bus.LocalEventBus;
import io.coursedesk.harness.dynamodb.DynamoDbLocal;
import io.coursedesk.harness.s3.S3Bucket;
import io.coursedesk.harness.s3.S3Emulator;
import io.coursedesk.harness.ses.MailStore;
import io.coursedesk.harness.ses.SesEmulator;
import io.coursedesk.harness.template.SamTemplate;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The default services: DynamoDB Local, the local event bus, aws-ses-v2-local and S3Proxy, no Docker needed. */
final class Emulators implements AwsServices {

    private final DynamoDbLocal dynamoDb;
    private final List<AutoCloseable> started = new ArrayList<>();

    private Emulators(DynamoDbLocal dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    static Emulators start() {
        return new Emulators(DynamoDbLocal.start());
    }

    @Override
    public URI dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    @Override
    public EventBus startEventBus(String busName, SamTemplate template) {
        return started(LocalEventBus.start(busName, template));
    }

    @Override
    public MailStore startSes(Path repositoryRoot, int port) {
        return started(port == ANY_PORT ? SesEmulator.start(repositoryRoot) : SesEmulator.start(repositoryRoot, port));
    }

    @Override
    public S3Bucket startS3(String bucket) {
        return started(S3Emulator.start(bucket));
    }

    @Override
    public synchronized void stop() {
        for (AutoCloseable service : started) {
            try {
                service.close();
            } catch (Exception e) {
                System.getLogger(Emulators.class.getName()).log(System.Logger.Level.WARNING, "did not stop: " + service, e);
            }
        }
        dynamoDb.stop();
    }

    private synchronized <T extends AutoCloseable> T started(T service) {
        started.add(service);
        return service;
    }
}
