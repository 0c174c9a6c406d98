package io.coursedesk.operations.redrive;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.bus.DeadLetter;
import io.coursedesk.harness.bus.LocalEventBus;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.harness.bus.TargetNotInvokableException;
import io.coursedesk.harness.sqs.SqsEmulator;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command against the local bus's own dead letters: the template's rules and retry settings put them on the
 * dispatch function's queue in ElasticMQ, in both shapes, and the command reads them with the real SQS API.
 */
class RedriveCommandTest {

    private static final String QUEUE = "InvitationDispatchDeadLetterQueue";
    private static final String FUNCTION = "InvitationDispatchFunction";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalEventBus bus;
    private static SqsEmulator sqs;

    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        // the command takes its credentials from the environment, as an operator's shell provides them
        System.setProperty("aws.accessKeyId", LocalCredentials.ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", LocalCredentials.SECRET_ACCESS_KEY);
        System.setProperty("aws.region", LocalCredentials.REGION_ID);
        SamTemplate template = SamTemplate.locate();
        bus = LocalEventBus.start("coursedesk-local", template);
        sqs = SqsEmulator.start();
        template.resourcesOfType(SqsEmulator.QUEUE_TYPE).forEach(queue -> sqs.createQueue(queue.logicalId()));
        bus.sendDeadLettersTo(sqs);
    }

    @AfterAll
    static void stop() {
        bus.stop();
        sqs.stop();
    }

    @BeforeEach
    void emptyQueueAndBus() {
        bus.reset();
        sqs.purge(QUEUE);
    }

    @Test
    void putsBackBothShapesOnceAndLeavesAnUnknownMessageOnTheQueue() throws Exception {
        List<PublishedEvent> deadLettered = deadLetterBoth("1");
        PublishedEvent failing = deadLettered.get(0);
        PublishedEvent notInvokable = deadLettered.get(1);
        sqs.send(QUEUE, "{\"Records\":[{\"eventSource\":\"aws:s3\"}]}", Map.of());
        bus.target((functionId, envelope) -> delivered.add(envelope));

        Result result = command("--queue-url", sqs.queueUrl(QUEUE), "--event-bus", bus.busName(),
                "--sqs-endpoint", sqs.endpoint().toString(), "--events-endpoint", bus.endpoint().toString());
        bus.awaitIdle(WAIT);

        assertThat(result.status()).as(result.out()).isEqualTo(2);
        assertThat(result.out()).containsPattern("EventBridge events .*: +1 put back on the bus")
                .containsPattern("Lambda on-failure records .*: +1 put back on the bus")
                .containsPattern("unknown shape, left on the queue: +1");
        assertThat(sqs.depth(QUEUE)).isEqualTo(1);
        List<PublishedEvent> redriven = new ArrayList<>(bus.published());
        redriven.removeIf(event -> event.id().equals(failing.id()) || event.id().equals(notInvokable.id()));
        assertThat(redriven).hasSize(2).allSatisfy(event -> assertThat(event.matchedRules()).isNotEmpty());
        assertThat(redriven).extracting(PublishedEvent::detailType)
                .containsExactlyInAnyOrder("EnrolmentConfirmed", "CourseInvitationRequested");
        assertThat(redriven).extracting(PublishedEvent::detail)
                .containsExactlyInAnyOrder(failing.detail(), notInvokable.detail());
        assertThat(delivered).hasSize(2);

        Result again = command("--queue-url", sqs.queueUrl(QUEUE), "--event-bus", bus.busName(),
                "--sqs-endpoint", sqs.endpoint().toString(), "--events-endpoint", bus.endpoint().toString());

        assertThat(again.out()).containsPattern("EventBridge events .*: +0 ").containsPattern("unknown shape, left on the queue: +1");
        assertThat(sqs.depth(QUEUE)).isEqualTo(1);
    }

    @Test
    void aDryRunChangesNothingAndLeavesEveryMessageVisible() throws Exception {
        deadLetterBoth("2");
        int publishedBefore = bus.published().size();

        Result result = command("--queue-url", sqs.queueUrl(QUEUE), "--event-bus", bus.busName(), "--dry-run",
                "--sqs-endpoint", sqs.endpoint().toString(), "--events-endpoint", bus.endpoint().toString());

        assertThat(result.status()).as(result.out()).isZero();
        assertThat(result.out()).contains("(dry run)").containsPattern("Lambda on-failure records .*: +1 would be put back");
        assertThat(bus.published()).hasSize(publishedBefore);
        Result real = command("--queue-url", sqs.queueUrl(QUEUE), "--event-bus", bus.busName(),
                "--sqs-endpoint", sqs.endpoint().toString(), "--events-endpoint", bus.endpoint().toString());
        assertThat(real.out()).containsPattern("EventBridge events .*: +1 put back");
        assertThat(sqs.depth(QUEUE)).isZero();
    }

    @Test
    void anEventTheBusDoesNotAcceptStaysOnTheQueue() throws Exception {
        deadLetterBoth("3");

        Result result = command("--queue-url", sqs.queueUrl(QUEUE), "--event-bus", bus.busName(),
                "--sqs-endpoint", sqs.endpoint().toString(), "--events-endpoint", "http://127.0.0.1:" + FreePort.find());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).containsPattern("not accepted by the bus, left on the queue: +2");
        assertThat(sqs.depth(QUEUE)).isEqualTo(2);
    }

    @Test
    void aMissingOptionIsAUsageError() {
        Result result = command("--event-bus", "coursedesk-dev");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.err()).contains("missing --queue-url").contains("usage: ./redrive");
    }

    /** An enrolment mail whose function keeps failing (Lambda's shape), an invitation whose target is gone (EventBridge's). */
    private static List<PublishedEvent> deadLetterBoth(String id) throws Exception {
        bus.target((functionId, envelope) -> {
            if (envelope.contains("\"EnrolmentConfirmed\"")) {
                throw new IllegalStateException("poison");
            }
            throw TargetNotInvokableException.noSuchFunction(functionId);
        });
        PublishedEvent failing = bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", detail("EnrolmentConfirmed:" + id));
        PublishedEvent notInvokable = bus.publish("coursedesk.invitations", "CourseInvitationRequested",
                detail("CourseInvitationRequested:" + id));
        bus.awaitIdle(WAIT);
        bus.target(null);
        assertThat(bus.deadLetters()).extracting(DeadLetter::shape).containsExactlyInAnyOrder(
                DeadLetter.Shape.LAMBDA_FAILURE_RECORD, DeadLetter.Shape.EVENTBRIDGE_EVENT);
        assertThat(bus.deadLetters()).allSatisfy(letter -> assertThat(letter.functionId()).isEqualTo(FUNCTION));
        assertThat(sqs.depth(QUEUE)).isEqualTo(2);
        return List.of(failing, notInvokable);
    }

    private static String detail(String eventId) throws Exception {
        return JSON.writeValueAsString(Map.of("eventId", eventId, "tenantId", "t-1"));
    }

    private static Result command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RedriveCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int status, String out, String err) {
    }
}
