package io.coursedesk.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.harness.dynamodb.LocalStreamMapping;
import io.coursedesk.relay.api.OutboxRelayHandler;
import io.coursedesk.shared.events.CourseCreated;
import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.persistence.OutboxItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.relay.OutboxRedrive;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay function's own handler, fed by the table's stream exactly as the template's event source mapping
 * feeds it (filter, batch size, retries, on-failure record), with events its tests commit through the outbox.
 */
class OutboxRelayHandlerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalAws aws;
    private static FunctionUnderTest relay;
    private static Outbox outbox;
    private static TransactionWriter writes;
    private static DynamoDbStreamsClient streams;
    private static OutboxRedrive redrive;

    private final String tenantId = "provider-" + UUID.randomUUID();
    private final EventBus bus = aws.eventBus();
    private final LocalStreamMapping stream = aws.outboxStream();

    @BeforeAll
    static void start() {
        aws = LocalAws.get();
        // the relay's context as Lambda starts it; the use-case side of the outbox comes from it too
        ApplicationContext context = new LambdaApplicationContextBuilder().start();
        relay = FunctionUnderTest.events("OutboxRelayFunction", new OutboxRelayHandler(context))
                .withBeans(context::getBean);
        outbox = relay.bean(Outbox.class);
        writes = relay.bean(TransactionWriter.class);
        aws.outboxStream().target((functionId, event) -> relay.deliver(event));
        streams = LocalCredentials.localClient(DynamoDbStreamsClient.builder(), aws.dynamoDbEndpoint()).build();
        redrive = new OutboxRedrive(streams, aws.dynamoDbClient(), new Table(aws.tableName()), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        // null where the start was skipped (LocalStack without Docker)
        if (relay != null) {
            relay.close();
            streams.close();
        }
    }

    @AfterEach
    void clean() {
        stream.clearFailures();
        bus.reset();
    }

    private CourseCreated courseCreated() {
        return CourseCreated.of(tenantId, Instant.now(), UUID.randomUUID().toString(), "BHV", LocalDate.now());
    }

    private void commit(DomainEvent... events) {
        assertThat(writes.write(outbox.put(EventSources.ENROLMENT, List.of(events))).committed()).isTrue();
    }

    private PublishedEvent published(DomainEvent event) {
        return bus.awaitPublished(event.detailType(),
                e -> e.detail().path("eventId").asText().equals(event.eventId()), WAIT);
    }

    private Map<String, AttributeValue> outboxItem(DomainEvent event) {
        return aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName()).consistentRead(true)
                .key(OutboxItems.key(tenantId, event.eventId()))).item();
    }

    @Test
    void eachCommittedEventGoesOnTheBusAsItsOwnDetailTypeAndSourceAndIsMarkedRelayed() {
        CourseCreated first = courseCreated();
        CourseCreated second = courseCreated();

        commit(first, second);

        PublishedEvent event = published(first);
        assertThat(event.source()).isEqualTo(EventSources.ENROLMENT);
        assertThat(event.detail().path("courseId").asText()).isEqualTo(first.courseId());
        assertThat(event.detail().path("tenantId").asText()).isEqualTo(tenantId);
        published(second);
        stream.awaitCaughtUp(WAIT);
        assertThat(outboxItem(first)).containsKeys(OutboxItems.RELAYED_AT, "expiresAt");
        assertThat(Long.parseLong(outboxItem(first).get("expiresAt").n()))
                .isGreaterThan(Instant.now().plus(Duration.ofDays(6)).getEpochSecond());
    }

    @Test
    void theRelayAnswersWithTheFirstRecordTheBusRefusedSoLambdaRetriesFromThere() throws Exception {
        CourseCreated refused = courseCreated();
        bus.refuseEntries(entry -> entry.detail().contains(refused.eventId()), Integer.MAX_VALUE);
        String streamEvent = "{\"Records\": [" + record("1", courseCreated()) + "," + record("2", refused) + ","
                + record("3", courseCreated()) + "]}";

        JsonNode answer = JSON.readTree(relay.deliver(streamEvent));

        assertThat(answer.path("batchItemFailures")).hasSize(1);
        assertThat(answer.path("batchItemFailures").get(0).path("itemIdentifier").asText()).isEqualTo("2");
    }

    @Test
    void aBatchTheBusKeepsRefusingEndsAsAnOnFailureRecordAndTheShardMovesOn() throws Exception {
        CourseCreated poison = courseCreated();
        CourseCreated next = courseCreated();
        bus.refuseEntries(entry -> entry.detail().contains(poison.eventId()), Integer.MAX_VALUE);

        commit(poison);
        // every retry of the failing batch has run once a later write came through the stream
        stream.awaitCaughtUp(WAIT);
        commit(next);

        published(next);
        assertThat(stream.failures()).hasSize(1);
        JsonNode failure = JSON.readTree(stream.failures().get(0));
        assertThat(failure.path("requestContext").path("condition").asText()).isEqualTo("RetryAttemptsExhausted");
        assertThat(failure.path("requestContext").path("approximateInvokeCount").asInt())
                .isEqualTo(stream.trigger().maximumRetryAttempts() + 1);
        assertThat(failure.path("DDBStreamBatchInfo").path("batchSize").asInt()).isEqualTo(1);
        assertThat(outboxItem(poison)).doesNotContainKey(OutboxItems.RELAYED_AT);
        assertThat(bus.published()).noneMatch(e -> e.detail().path("eventId").asText().equals(poison.eventId()));

        // after the fix, the redrive of the dead letter sends the event through the relay again, once
        bus.reset();
        assertThat(redrive.redrive(failure)).isEqualTo(1);
        published(poison);
        stream.awaitCaughtUp(WAIT);
        assertThat(outboxItem(poison)).containsKey(OutboxItems.RELAYED_AT);
        assertThat(redrive.redrive(failure)).isZero();
    }

    /** One INSERT record of an outbox item, as the stream hands it to Lambda. */
    private String record(String sequenceNumber, CourseCreated event) throws Exception {
        String detail = JSON.writeValueAsString(JSON.createObjectNode().put("eventId", event.eventId())
                .put("tenantId", tenantId).put("courseId", event.courseId()));
        var image = JSON.createObjectNode();
        image.putObject("PK").put("S", OutboxItems.pk(tenantId));
        image.putObject("SK").put("S", event.eventId());
        image.putObject(OutboxItems.TYPE_ATTRIBUTE).put("S", OutboxItems.TYPE);
        image.putObject(OutboxItems.EVENT_ID).put("S", event.eventId());
        image.putObject(OutboxItems.SOURCE).put("S", EventSources.ENROLMENT);
        image.putObject(OutboxItems.DETAIL_TYPE).put("S", event.detailType());
        image.putObject(OutboxItems.DETAIL).put("S", detail);
        image.putObject(OutboxItems.OCCURRED_AT).put("S", event.occurredAt().toString());
        var record = JSON.createObjectNode().put("eventName", "INSERT");
        record.putObject("dynamodb").put("SequenceNumber", sequenceNumber).set("NewImage", image);
        return record.toString();
    }
}
