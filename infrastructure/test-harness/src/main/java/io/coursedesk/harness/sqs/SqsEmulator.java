package io.coursedesk.harness.sqs;

import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.LocalCredentials;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SQS on this machine: ElasticMQ in this JVM on a loopback port, answering the real SDK {@code SqsClient} (AWS JSON
 * protocol) with the region and account of {@link LocalCredentials}. Queues are named by their logical id in
 * {@code template.yaml}.
 */
public final class SqsEmulator implements AutoCloseable {

    public static final String QUEUE_TYPE = "AWS::SQS::Queue";

    private final SQSRestServer server;
    private final int port;
    private final SqsClient client;

    private SqsEmulator(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
        this.client = LocalCredentials.localClient(SqsClient.builder(), endpoint()).build();
    }

    /** Starts ElasticMQ on a free port and waits until it answers. */
    public static SqsEmulator start() {
        int port = FreePort.find();
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port)
                .withAWSRegion(LocalCredentials.REGION_ID).withAWSAccountId(LocalCredentials.ACCOUNT_ID).start();
        server.waitUntilStarted();
        return new SqsEmulator(server, port);
    }

    /** The endpoint override for the SDK's {@code SqsClient}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Creates the queue (or finds it) and returns its URL. */
    public String createQueue(String name) {
        return client.createQueue(b -> b.queueName(name)).queueUrl();
    }

    public String queueUrl(String name) {
        return client.getQueueUrl(b -> b.queueName(name)).queueUrl();
    }

    /** Sends one message with string attributes, as a rule target or a Lambda destination does. */
    public void send(String queueName, String body, Map<String, String> attributes) {
        Map<String, MessageAttributeValue> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(name,
                MessageAttributeValue.builder().dataType("String").stringValue(value).build()));
        client.sendMessage(b -> b.queueUrl(queueUrl(queueName)).messageBody(body).messageAttributes(values));
    }

    /** How many messages the queue holds, in flight included. */
    public int depth(String queueName) {
        Map<String, String> attributes = client.getQueueAttributes(b -> b.queueUrl(queueUrl(queueName))
                .attributeNamesWithStrings("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings();
        return Integer.parseInt(attributes.get("ApproximateNumberOfMessages"))
                + Integer.parseInt(attributes.get("ApproximateNumberOfMessagesNotVisible"));
    }

    /** Empties the queue. */
    public void purge(String queueName) {
        client.purgeQueue(b -> b.queueUrl(queueUrl(queueName)));
    }

    public void stop() {
        client.close();
        server.stopAndWait();
    }

    @Override
    public void close() {
        stop();
    }
}
