package io.coursedesk.harness.bus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.sqs.SqsEmulator;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalEventBusTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LocalEventBus bus;
    private static EventBridgeClient client;
    private static SqsEmulator sqs;
    private static SqsClient sqsClient;

    private final List<String> deliveries = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        SamTemplate template = SamTemplate.load(Path.of(LocalEventBusTest.class.getResource("/bus-template.yaml").toURI()));
        bus = LocalEventBus.start("fixture", template);
        client = LocalCredentials.localClient(EventBridgeClient.builder(), bus.endpoint()).build();
        sqs = SqsEmulator.start();
        sqs.createQueue("DeadLetters");
        sqs.createQueue("FailedInvocations");
        bus.sendDeadLettersTo(sqs);
        sqsClient = LocalCredentials.localClient(SqsClient.builder(), sqs.endpoint()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        bus.stop();
        sqsClient.close();
        sqs.stop();
    }

    @BeforeEach
    void resetBus() {
        bus.reset();
        sqs.purge("DeadLetters");
        sqs.purge("FailedInvocations");
    }

    @Test
    void sdkPutEventsIsAnsweredAndTheEnvelopeIsBuilt() {
        PutEventsResponse response = client.putEvents(r -> r.entries(entry("coursedesk.enrolment", "EnrolmentConfirmed",
                "{\"enrolmentId\":\"e-1\",\"seats\":3}")));

        assertThat(response.failedEntryCount()).isZero();
        String eventId = response.entries().get(0).eventId();
        PublishedEvent event = bus.awaitPublished("EnrolmentConfirmed", e -> e.id().equals(eventId), WAIT);
        assertThat(event.source()).isEqualTo("coursedesk.enrolment");
        assertThat(event.detail().path("seats").asInt()).isEqualTo(3);
        assertThat(event.envelope().path("version").asText()).isEqualTo("0");
        assertThat(event.envelope().path("region").asText()).isEqualTo("eu-west-1");
        assertThat(event.envelope().path("account").asText()).hasSize(12);
        assertThat(event.envelope().path("time").asText()).endsWith("Z");
        assertThat(event.envelope().path("resources").isArray()).isTrue();
        assertThat(event.matchedRules()).containsExactly("ConfirmationFunction.Confirmed");
    }

    @Test
    void deliversOnlyWhatThePatternMatches() {
        bus.target((function, envelope) -> deliveries.add(function));

        bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", "{}");
        bus.publish("coursedesk.other", "EnrolmentConfirmed", "{}");
        bus.publish("coursedesk.enrolment", "CourseCreated", "{\"capacity\":99}");
        bus.publish("coursedesk.enrolment", "CourseCreated", "{\"capacity\":120}");
        bus.awaitIdle(WAIT);

        assertThat(deliveries).containsExactlyInAnyOrder("ConfirmationFunction", "LargeCourseFunction");
        assertThat(bus.published()).hasSize(4);
    }

    @Test
    void eventsOnAnotherBusMatchNothing() {
        bus.target((function, envelope) -> deliveries.add(function));

        client.putEvents(r -> r.entries(PutEventsRequestEntry.builder().eventBusName("default")
                .source("coursedesk.enrolment").detailType("EnrolmentConfirmed").detail("{}").build()));
        bus.awaitIdle(WAIT);

        assertThat(bus.published()).singleElement().satisfies(e -> {
            assertThat(e.busName()).isEqualTo("default");
            assertThat(e.matchedRules()).isEmpty();
        });
        assertThat(deliveries).isEmpty();
    }

    @Test
    void deliversEachEventAsOftenAsToldWithTheSameEnvelope() {
        Map<String, AtomicInteger> byEventId = new ConcurrentHashMap<>();
        bus.target((function, envelope) -> byEventId.computeIfAbsent(envelope, k -> new AtomicInteger()).incrementAndGet());
        bus.deliverEachEventTimes(3);

        bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", "{\"enrolmentId\":\"e-2\"}");
        bus.awaitIdle(WAIT);

        assertThat(byEventId).hasSize(1);
        assertThat(byEventId.values().iterator().next()).hasValue(3);
    }

    @Test
    void retriesAFailingTargetAndSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        bus.target((function, envelope) -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("throttled");
            }
        });

        bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", "{}");
        bus.awaitIdle(WAIT);

        assertThat(calls).hasValue(3);
        assertThat(bus.deadLetters()).isEmpty();
    }

    @Test
    void deadLettersAfterTheRulesRetries() {
        AtomicInteger calls = new AtomicInteger();
        bus.target((function, envelope) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("permanent failure");
        });

        PublishedEvent event = bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", "{\"enrolmentId\":\"e-3\"}");
        bus.awaitIdle(WAIT);

        // MaximumRetryAttempts: 2 -> the first attempt and two retries
        assertThat(calls).hasValue(3);
        assertThat(bus.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.rule()).isEqualTo("ConfirmationFunction.Confirmed");
            assertThat(letter.functionId()).isEqualTo("ConfirmationFunction");
            assertThat(letter.attempts()).isEqualTo(3);
            assertThat(letter.lastError()).contains("permanent failure");
            assertThat(letter.envelopeJson()).contains(event.id());
        });
    }

    @Test
    void aFunctionThatKeepsFailingEndsAsLambdasOnFailureRecordOnItsDestinationQueue() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        bus.target((function, envelope) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("cannot render");
        });

        PublishedEvent event = bus.publish("coursedesk.enrolment", "CourseCreated", "{\"capacity\":150}");
        bus.awaitIdle(WAIT);

        // EventInvokeConfig.MaximumRetryAttempts: 1, not the rule's 0
        assertThat(calls).hasValue(2);
        assertThat(bus.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.shape()).isEqualTo(DeadLetter.Shape.LAMBDA_FAILURE_RECORD);
            assertThat(letter.queue()).isEqualTo("FailedInvocations");
            assertThat(letter.attempts()).isEqualTo(2);
        });
        Message message = receiveOne("FailedInvocations");
        JsonNode record = JSON.readTree(message.body());
        assertThat(record.path("version").asText()).isEqualTo("1.0");
        assertThat(record.path("requestContext").path("condition").asText()).isEqualTo("RetriesExhausted");
        assertThat(record.path("requestContext").path("approximateInvokeCount").asInt()).isEqualTo(2);
        assertThat(record.path("requestContext").path("functionArn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:LargeCourseFunction:$LATEST");
        assertThat(record.path("requestPayload")).isEqualTo(event.envelope());
        assertThat(record.path("responseContext").path("functionError").asText()).isEqualTo("Unhandled");
        assertThat(record.path("responsePayload").path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(record.path("responsePayload").path("errorMessage").asText()).isEqualTo("cannot render");
        assertThat(message.messageAttributes()).isEmpty();
        assertThat(sqs.depth("DeadLetters")).isZero();
    }

    @Test
    void aTargetThatCannotBeInvokedEndsAsTheEventItselfOnTheRulesQueueAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        bus.target((function, envelope) -> {
            calls.incrementAndGet();
            throw TargetNotInvokableException.noSuchFunction(function);
        });

        PublishedEvent event = bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", "{\"enrolmentId\":\"e-4\"}");
        bus.awaitIdle(WAIT);

        assertThat(calls).hasValue(1);
        Message message = receiveOne("DeadLetters");
        assertThat(JSON.readTree(message.body())).isEqualTo(event.envelope());
        assertThat(message.messageAttributes()).containsKeys("RULE_ARN", "TARGET_ARN", "ERROR_CODE", "ERROR_MESSAGE");
        assertThat(message.messageAttributes().get("RULE_ARN").stringValue())
                .isEqualTo("arn:aws:events:eu-west-1:123456789012:rule/fixture/ConfirmationFunction.Confirmed");
        assertThat(message.messageAttributes().get("TARGET_ARN").stringValue())
                .isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:ConfirmationFunction");
        assertThat(message.messageAttributes().get("ERROR_CODE").stringValue()).isEqualTo("NO_RESOURCE");
        assertThat(message.messageAttributes().get("RETRY_ATTEMPTS").stringValue()).isEqualTo("0");
        assertThat(bus.deadLetters()).singleElement()
                .satisfies(letter -> assertThat(letter.shape()).isEqualTo(DeadLetter.Shape.EVENTBRIDGE_EVENT));
    }

    @Test
    void aThrottledInvokeIsRetriedUnderTheRulesRetryPolicyThenDeadLettered() {
        AtomicInteger calls = new AtomicInteger();
        bus.target((function, envelope) -> {
            calls.incrementAndGet();
            throw new TargetNotInvokableException("THROTTLING", "Rate exceeded", true);
        });

        bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", "{}");
        bus.awaitIdle(WAIT);

        // RetryPolicy.MaximumRetryAttempts: 2
        assertThat(calls).hasValue(3);
        Message message = receiveOne("DeadLetters");
        assertThat(message.messageAttributes().get("EXHAUSTED_RETRY_CONDITION").stringValue())
                .isEqualTo("MaximumRetryAttempts");
        assertThat(message.messageAttributes().get("RETRY_ATTEMPTS").stringValue()).isEqualTo("2");
    }

    @Test
    void functionsDeliveredToMayPublishFurtherEvents() {
        bus.target((function, envelope) -> client.putEvents(r -> r.entries(
                entry("coursedesk.confirmation", "ConfirmationSent", "{}"))));

        bus.publish("coursedesk.enrolment", "EnrolmentConfirmed", "{}");

        assertThat(bus.awaitPublished("ConfirmationSent", e -> true, WAIT).source()).isEqualTo("coursedesk.confirmation");
    }

    @Test
    void rejectsWhatEventBridgeRejects() {
        PutEventsResponse malformed = client.putEvents(r -> r.entries(
                entry("coursedesk.enrolment", "EnrolmentConfirmed", "not json"),
                entry("coursedesk.enrolment", "EnrolmentConfirmed", "[1]"),
                entry("coursedesk.enrolment", "EnrolmentConfirmed", "{}")));
        assertThat(malformed.failedEntryCount()).isEqualTo(2);
        assertThat(malformed.entries().get(0).errorCode()).isEqualTo("MalformedDetail");
        assertThat(malformed.entries().get(2).eventId()).isNotBlank();

        List<PutEventsRequestEntry> eleven = IntStream.range(0, 11)
                .mapToObj(i -> entry("coursedesk.enrolment", "EnrolmentConfirmed", "{}")).toList();
        assertThatThrownBy(() -> client.putEvents(r -> r.entries(eleven)))
                .isInstanceOf(EventBridgeException.class)
                .satisfies(e -> assertThat(((EventBridgeException) e).statusCode()).isEqualTo(400));
    }

    @Test
    void awaitPublishedFailsWithWhatWasPublished() {
        bus.publish("coursedesk.enrolment", "CourseCreated", "{\"capacity\":1}");

        assertThatThrownBy(() -> bus.awaitPublished("CourseCancelled", e -> true, Duration.ofMillis(100)))
                .hasMessageContaining("CourseCreated");
    }

    private static Message receiveOne(String queue) {
        List<Message> messages = sqsClient.receiveMessage(b -> b.queueUrl(sqs.queueUrl(queue)).maxNumberOfMessages(10)
                .messageAttributeNames("All")).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static PutEventsRequestEntry entry(String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder().eventBusName("fixture").source(source).detailType(detailType)
                .detail(detail).build();
    }
}
