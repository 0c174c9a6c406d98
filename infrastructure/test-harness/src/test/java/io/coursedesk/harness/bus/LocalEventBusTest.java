package io.coursedesk.harness.bus;

import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

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
    private static LocalEventBus bus;
    private static EventBridgeClient client;

    private final List<String> deliveries = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        SamTemplate template = SamTemplate.load(Path.of(LocalEventBusTest.class.getResource("/bus-template.yaml").toURI()));
        bus = LocalEventBus.start("fixture", template);
        client = LocalCredentials.localClient(EventBridgeClient.builder(), bus.endpoint()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        bus.stop();
    }

    @BeforeEach
    void resetBus() {
        bus.reset();
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

    private static PutEventsRequestEntry entry(String source, String detailType, String detail) {
        return PutEventsRequestEntry.builder().eventBusName("fixture").source(source).detailType(detailType)
                .detail(detail).build();
    }
}
