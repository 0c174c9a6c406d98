package io.coursedesk.shared.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OutboxItems;
import io.coursedesk.shared.persistence.Table;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the events of one DynamoDB stream batch on the bus, in stream order (a tenant's outbox is one partition, so
 * that is commit order), and marks each relayed item with {@code relayedAt} and a TTL. The one class that calls
 * PutEvents.
 * <p>
 * PutEvents may accept a request and still fail single entries. The relay then sends again from the first failed
 * entry on (in order, so some later ones go twice: consumers deduplicate on the event id); if that keeps failing it
 * answers with the failed record's sequence number, and Lambda retries the batch from there (ReportBatchItemFailures),
 * finally sending it to the relay's dead-letter queue. Nothing before the failure is sent again, nothing after it is
 * skipped.
 * <p>
 * A plain class, not a bean: the relay function wires it, and the test harness relays DynamoDB Local's stream with it
 * in every function's tests without it becoming a bean of those functions' contexts.
 */
public class OutboxRelay {
    static final int MAX_ENTRIES_PER_REQUEST = 10;
    /** How long a relayed item stays readable (for an operator tracing an event) before its TTL removes it. */
    static final Duration RELAYED_RETENTION = Duration.ofDays(7);
    private static final int ATTEMPTS = 3;
    private static final long FIRST_BACKOFF_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger(OutboxRelay.class.getName());

    private final DynamoDbClient dynamoDb;
    private final EventBridgeClient eventBridge;
    private final Table table;
    private final String busName;
    private final Clock clock;

    public OutboxRelay(DynamoDbClient dynamoDb, EventBridgeClient eventBridge, Table table, String busName, Clock clock) {
        this.dynamoDb = dynamoDb;
        this.eventBridge = eventBridge;
        this.table = table;
        this.busName = busName;
        this.clock = clock;
    }

    /**
     * Relays the outbox items of a DynamoDB stream event as Lambda receives it; other records are skipped.
     *
     * @return the first record not relayed, none when the whole batch was
     */
    public BatchResponse relay(JsonNode streamEvent) {
        List<OutboxRecord> records = new ArrayList<>();
        for (JsonNode record : streamEvent.path("Records")) {
            OutboxRecord.from(record).ifPresent(records::add);
        }
        for (int from = 0; from < records.size(); from += MAX_ENTRIES_PER_REQUEST) {
            List<OutboxRecord> chunk = records.subList(from, Math.min(from + MAX_ENTRIES_PER_REQUEST, records.size()));
            int accepted = put(chunk);
            chunk.subList(0, accepted).forEach(this::markRelayed);
            if (accepted < chunk.size()) {
                return BatchResponse.failedFrom(Optional.of(chunk.get(accepted).sequenceNumber()));
            }
        }
        return BatchResponse.failedFrom(Optional.empty());
    }

    /** @return how many records of the chunk, from its start, the bus accepted */
    private int put(List<OutboxRecord> chunk) {
        int accepted = 0;
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            List<OutboxRecord> rest = chunk.subList(accepted, chunk.size());
            try {
                PutEventsResponse response = eventBridge.putEvents(b -> b.entries(rest.stream().map(this::entry).toList()));
                int failed = firstFailed(response.entries());
                if (failed < 0) {
                    return chunk.size();
                }
                accepted += failed;
                LOG.log(System.Logger.Level.WARNING, "the bus refused event " + rest.get(failed).eventId() + ": "
                        + response.entries().get(failed).errorCode() + " " + response.entries().get(failed).errorMessage());
            } catch (SdkException e) {
                LOG.log(System.Logger.Level.WARNING, "PutEvents failed: " + e.getMessage());
            }
            if (attempt < ATTEMPTS) {
                pause(backoff);
                backoff *= 2;
            }
        }
        return accepted;
    }

    private static int firstFailed(List<PutEventsResultEntry> results) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).errorCode() != null) {
                return i;
            }
        }
        return -1;
    }

    private PutEventsRequestEntry entry(OutboxRecord record) {
        return PutEventsRequestEntry.builder()
                .eventBusName(busName)
                .source(record.source())
                .detailType(record.detailType())
                .detail(record.detail())
                .time(record.occurredAt())
                .build();
    }

    private void markRelayed(OutboxRecord record) {
        Instant now = clock.instant();
        try {
            dynamoDb.updateItem(b -> b.tableName(table.name())
                    .key(Map.of(Table.PK, AttributeValue.fromS(record.pk()), Table.SK, AttributeValue.fromS(record.sk())))
                    .updateExpression("SET #relayedAt = :now, #expiresAt = :expiresAt")
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#relayedAt", OutboxItems.RELAYED_AT,
                            "#expiresAt", Table.EXPIRES_AT, "#pk", Table.PK))
                    .expressionAttributeValues(Map.of(":now", Item.s(now.toString()),
                            ":expiresAt", Item.n(now.plus(RELAYED_RETENTION).getEpochSecond()))));
        } catch (ConditionalCheckFailedException gone) {
            // expired and removed meanwhile: nothing to mark
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between PutEvents attempts", e);
        }
    }
}
