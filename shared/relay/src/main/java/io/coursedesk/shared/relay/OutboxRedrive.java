package io.coursedesk.shared.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OutboxItems;
import io.coursedesk.shared.persistence.Table;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.math.BigInteger;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the events of a stream batch the relay gave up on through the relay again, after a fix. The relay's
 * dead-letter queue holds only the batch's coordinates (Lambda's on-failure record with {@code DDBStreamBatchInfo});
 * the events themselves wait in the table, unrelayed. Reading that range of the stream (kept 24 hours) names them,
 * and touching each one that is still unrelayed ({@code redrivenAt}) writes a new stream record the relay picks up,
 * so the redriven events take the same path, filter and checks as every other.
 */
public class OutboxRedrive {
    /** A stream shard may answer empty before its next records; this many empty reads in a row end the range. */
    private static final int MAX_EMPTY_READS = 5;

    private final DynamoDbStreamsClient streams;
    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final Clock clock;

    public OutboxRedrive(DynamoDbStreamsClient streams, DynamoDbClient dynamoDb, Table table, Clock clock) {
        this.streams = streams;
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.clock = clock;
    }

    /** Whether a dead-letter message is Lambda's on-failure record of a stream batch. */
    public static boolean isStreamBatchFailure(JsonNode message) {
        return message.path("DDBStreamBatchInfo").isObject();
    }

    /**
     * Touches the unrelayed outbox items of the failed batch.
     *
     * @return how many events go through the relay again
     */
    public int redrive(JsonNode onFailureRecord) {
        JsonNode batch = onFailureRecord.path("DDBStreamBatchInfo");
        BigInteger end = new BigInteger(batch.path("endSequenceNumber").asText());
        String iterator = streams.getShardIterator(b -> b.streamArn(batch.path("streamArn").asText())
                .shardId(batch.path("shardId").asText())
                .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                .sequenceNumber(batch.path("startSequenceNumber").asText())).shardIterator();
        Set<Map<String, AttributeValue>> touched = new HashSet<>();
        int emptyReads = 0;
        while (iterator != null && emptyReads < MAX_EMPTY_READS) {
            String current = iterator;
            GetRecordsResponse response = streams.getRecords(b -> b.shardIterator(current));
            emptyReads = response.records().isEmpty() ? emptyReads + 1 : 0;
            for (Record record : response.records()) {
                if (new BigInteger(record.dynamodb().sequenceNumber()).compareTo(end) > 0) {
                    return touched.size();
                }
                touchIfUnrelayed(record).ifPresent(touched::add);
            }
            iterator = response.nextShardIterator();
        }
        return touched.size();
    }

    /** @return the item's key when it was still unrelayed and is touched now */
    private Optional<Map<String, AttributeValue>> touchIfUnrelayed(Record record) {
        Map<String, AttributeValue> image = record.dynamodb().newImage();
        AttributeValue type = image == null ? null : image.get(OutboxItems.TYPE_ATTRIBUTE);
        if (type == null || !OutboxItems.TYPE.equals(type.s())) {
            return Optional.empty();
        }
        Map<String, AttributeValue> key = Map.of(Table.PK, image.get(Table.PK), Table.SK, image.get(Table.SK));
        try {
            dynamoDb.updateItem(b -> b.tableName(table.name())
                    .key(key)
                    .updateExpression("SET #redrivenAt = :now")
                    .conditionExpression("attribute_exists(#pk) AND attribute_not_exists(#relayedAt)")
                    .expressionAttributeNames(Map.of("#redrivenAt", "redrivenAt", "#pk", Table.PK,
                            "#relayedAt", OutboxItems.RELAYED_AT))
                    .expressionAttributeValues(Map.of(":now", Item.s(clock.instant().toString()))));
            return Optional.of(key);
        } catch (ConditionalCheckFailedException relayedOrGone) {
            return Optional.empty();
        }
    }
}
