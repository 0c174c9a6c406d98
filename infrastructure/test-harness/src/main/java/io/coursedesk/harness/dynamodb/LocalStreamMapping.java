package io.coursedesk.harness.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.sqs.SqsEmulator;
import io.coursedesk.harness.template.StreamTrigger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.event.ruler.GenericMachine;
import software.amazon.event.ruler.Machine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Lambda's event source mapping for the table's stream, on DynamoDB Local's Streams API: polls every shard (a child
 * only after its parent), drops records that match none of the trigger's filter patterns, invokes the function with
 * batches of the rest as Lambda's {@code DynamodbEvent} JSON, and with ReportBatchItemFailures retries from the first
 * failed record, with backoff, up to the trigger's MaximumRetryAttempts; then the batch's coordinates become an
 * on-failure record (Lambda's shape) and the shard moves on. It keeps its checkpoint while paused, so "stop the relay,
 * commit, start the relay" picks up where it stopped.
 */
public final class LocalStreamMapping implements AutoCloseable {

    /** How the mapping invokes its function: with the stream event, returning the function's JSON answer. */
    @FunctionalInterface
    public interface StreamTarget {
        String invoke(String functionId, String streamEventJson) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final Duration SHARD_REFRESH = Duration.ofSeconds(1);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(1);
    /** Items the harness writes to see when the stream has been read up to a point; no filter lets them through. */
    private static final String MARKER_PK = "HARNESS#STREAM-MARKER";
    private static final System.Logger LOG = System.getLogger(LocalStreamMapping.class.getName());

    private final DynamoDbStreamsClient streams;
    private final DynamoDbClient dynamoDb;
    private final String tableName;
    private final String streamArn;
    private final StreamTrigger trigger;
    private final GenericMachine<String> filter;
    private final Map<String, ShardReader> shards = new LinkedHashMap<>();
    private final Set<String> markersRead = ConcurrentHashMap.newKeySet();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Object changes = new Object();
    private final Thread poller;
    private volatile StreamTarget target;
    private volatile SqsEmulator failureQueues;
    private volatile boolean paused;
    private volatile boolean running = true;
    private long nextShardRefresh;

    private LocalStreamMapping(DynamoDbStreamsClient streams, DynamoDbClient dynamoDb, String tableName,
                               StreamTrigger trigger, StreamTarget target) {
        this.streams = streams;
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
        this.streamArn = dynamoDb.describeTable(b -> b.tableName(tableName)).table().latestStreamArn();
        if (streamArn == null) {
            throw new IllegalStateException("table " + tableName + " has no stream: its StreamSpecification is missing");
        }
        this.trigger = trigger;
        this.filter = compile(trigger);
        this.target = target;
        this.poller = new Thread(this::pollUntilClosed, "local-stream-" + trigger.name());
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts polling the table's stream for the trigger's function, delivering to {@code target}. */
    public static LocalStreamMapping start(DynamoDbStreamsClient streams, DynamoDbClient dynamoDb, String tableName,
                                           StreamTrigger trigger, StreamTarget target) {
        return new LocalStreamMapping(streams, dynamoDb, tableName, trigger, target);
    }

    public StreamTrigger trigger() {
        return trigger;
    }

    /** Where batches go from now on. */
    public void target(StreamTarget streamTarget) {
        this.target = streamTarget;
    }

    /** Stops handing batches to the function (as a disabled mapping); what is committed meanwhile waits in the stream. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    /** From now on on-failure records also go to the trigger's on-failure queue there, as Lambda sends them. */
    public void sendFailuresTo(SqsEmulator sqs) {
        this.failureQueues = sqs;
    }

    /** On-failure records (Lambda's shape, with {@code DDBStreamBatchInfo}) of batches that failed every retry. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    public void clearFailures() {
        failures.clear();
    }

    /**
     * Waits until everything committed to the table before this call has been read from the stream and handed to the
     * function (retries and dead-lettering included). Writes a marker item and waits for it to come through.
     */
    public void awaitCaughtUp(Duration timeout) {
        String marker = UUID.randomUUID().toString();
        Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS(MARKER_PK), "SK", AttributeValue.fromS(marker));
        dynamoDb.putItem(b -> b.tableName(tableName).item(key));
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changes) {
            while (!markersRead.remove(marker)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("the stream of " + tableName + " was not read up to now within "
                            + timeout + (paused ? " (the mapping is paused)" : ""));
                }
                waitForChange(left);
            }
        }
        dynamoDb.deleteItem(b -> b.tableName(tableName).key(key));
    }

    private void pollUntilClosed() {
        while (running) {
            try {
                if (paused || target == null || !pollOnce()) {
                    sleep(POLL_INTERVAL);
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(System.Logger.Level.WARNING, "reading the stream of " + tableName + " failed; trying again", e);
                    sleep(MAX_BACKOFF);
                }
            }
        }
    }

    /** @return whether any shard had records */
    private boolean pollOnce() {
        refreshShards();
        boolean any = false;
        for (ShardReader shard : List.copyOf(shards.values())) {
            if (!shard.finished && isReady(shard)) {
                any |= poll(shard);
            }
        }
        return any;
    }

    /** A child shard is read once its parent is read to its end, so a partition's records stay in order. */
    private boolean isReady(ShardReader shard) {
        ShardReader parent = shard.parentId == null ? null : shards.get(shard.parentId);
        return parent == null || parent.finished;
    }

    private void refreshShards() {
        if (System.nanoTime() < nextShardRefresh) {
            return;
        }
        String start = null;
        do {
            String exclusiveStart = start;
            var description = streams.describeStream(b -> b.streamArn(streamArn).exclusiveStartShardId(exclusiveStart))
                    .streamDescription();
            for (Shard shard : description.shards()) {
                shards.putIfAbsent(shard.shardId(), new ShardReader(shard.shardId(), shard.parentShardId()));
            }
            start = description.lastEvaluatedShardId();
        } while (start != null);
        nextShardRefresh = System.nanoTime() + SHARD_REFRESH.toNanos();
    }

    private boolean poll(ShardReader shard) {
        if (shard.iterator == null) {
            shard.iterator = shard.checkpoint == null
                    ? iterator(shard, ShardIteratorType.TRIM_HORIZON, null)
                    : iterator(shard, ShardIteratorType.AFTER_SEQUENCE_NUMBER, shard.checkpoint);
        }
        GetRecordsResponse response = streams.getRecords(b -> b.shardIterator(shard.iterator).limit(trigger.batchSize()));
        shard.iterator = response.nextShardIterator();
        if (shard.iterator == null) {
            shard.finished = true;
            nextShardRefresh = 0;
        }
        if (!response.hasRecords() || response.records().isEmpty()) {
            return false;
        }
        handle(shard, response.records());
        return true;
    }

    private void handle(ShardReader shard, List<Record> records) {
        List<ObjectNode> batch = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ObjectNode json = StreamRecordJson.of(records.get(i), streamArn);
            if (passes(json)) {
                batch.add(json);
                positions.add(i);
            }
        }
        int failedAt = batch.isEmpty() ? -1 : invoke(batch);
        if (failedAt < 0) {
            done(shard, records, records.size());
            return;
        }
        shard.attempts++;
        int maximum = trigger.maximumRetryAttempts();
        if (maximum >= 0 && shard.attempts > maximum) {
            String failure = onFailureRecord(shard, batch.subList(failedAt, batch.size()), shard.attempts);
            failures.add(failure);
            SqsEmulator queues = failureQueues;
            if (queues != null && trigger.onFailureQueue() != null) {
                queues.send(trigger.onFailureQueue(), failure, Map.of());
            }
            LOG.log(System.Logger.Level.WARNING, trigger.name() + " gave up on a batch of shard " + shard.id + " after "
                    + shard.attempts + " attempts");
            done(shard, records, records.size());
            return;
        }
        // Lambda checkpoints before the failed record and reads again from it
        int failedRecord = positions.get(failedAt);
        done(shard, records, failedRecord);
        shard.finished = false;
        shard.iterator = iterator(shard, ShardIteratorType.AT_SEQUENCE_NUMBER,
                records.get(failedRecord).dynamodb().sequenceNumber());
        sleep(backoff(shard.attempts));
    }

    /** The first {@code count} records are done: the checkpoint moves past them and their markers count as read. */
    private void done(ShardReader shard, List<Record> records, int count) {
        if (count == 0) {
            return;
        }
        if (count == records.size()) {
            shard.attempts = 0;
        }
        shard.checkpoint = records.get(count - 1).dynamodb().sequenceNumber();
        synchronized (changes) {
            for (Record record : records.subList(0, count)) {
                AttributeValue pk = record.dynamodb().keys().get("PK");
                if (pk != null && MARKER_PK.equals(pk.s())) {
                    markersRead.add(record.dynamodb().keys().get("SK").s());
                }
            }
            changes.notifyAll();
        }
    }

    private boolean passes(ObjectNode record) {
        if (filter == null) {
            return true;
        }
        try {
            return !filter.rulesForJSONEvent(record.toString()).isEmpty();
        } catch (Exception e) {
            throw new IllegalStateException("the filter of " + trigger.name() + " cannot read a record", e);
        }
    }

    /** @return the position in the batch of the first failed record, or -1 when the function handled all */
    private int invoke(List<ObjectNode> batch) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode list = event.putArray("Records");
        batch.forEach(list::add);
        String answer;
        try {
            answer = target.invoke(trigger.functionId(), event.toString());
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, trigger.name() + " failed a batch: " + e);
            return 0;
        }
        if (!trigger.reportsBatchItemFailures() || answer == null || answer.isBlank()) {
            return -1;
        }
        try {
            JsonNode failed = JSON.readTree(answer).path("batchItemFailures");
            if (failed.isEmpty()) {
                return -1;
            }
            String first = failed.get(0).path("itemIdentifier").asText();
            for (int i = 0; i < batch.size(); i++) {
                if (batch.get(i).path("dynamodb").path("SequenceNumber").asText().equals(first)) {
                    return i;
                }
            }
            // Lambda treats an unknown identifier as the whole batch failing
            return 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private String onFailureRecord(ShardReader shard, List<ObjectNode> failed, int invocations) {
        ObjectNode record = JSON.createObjectNode();
        record.putObject("requestContext")
                .put("requestId", UUID.randomUUID().toString())
                .put("functionArn", "arn:aws:lambda:" + LocalCredentials.REGION.id() + ":" + LocalCredentials.ACCOUNT_ID
                        + ":function:" + trigger.functionId())
                .put("condition", "RetryAttemptsExhausted")
                .put("approximateInvokeCount", invocations);
        record.putObject("responseContext").put("statusCode", 200).put("executedVersion", "$LATEST");
        record.put("version", "1.0");
        record.put("timestamp", Instant.now().toString());
        record.putObject("DDBStreamBatchInfo")
                .put("shardId", shard.id)
                .put("startSequenceNumber", failed.get(0).path("dynamodb").path("SequenceNumber").asText())
                .put("endSequenceNumber", failed.get(failed.size() - 1).path("dynamodb").path("SequenceNumber").asText())
                .put("batchSize", failed.size())
                .put("streamArn", streamArn);
        return record.toString();
    }

    private String iterator(ShardReader shard, ShardIteratorType type, String sequenceNumber) {
        return streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shard.id).shardIteratorType(type)
                .sequenceNumber(sequenceNumber)).shardIterator();
    }

    private static GenericMachine<String> compile(StreamTrigger trigger) {
        if (trigger.filterPatterns().isEmpty()) {
            return null;
        }
        GenericMachine<String> machine = Machine.builder().build();
        for (int i = 0; i < trigger.filterPatterns().size(); i++) {
            try {
                machine.addRule("filter" + i, trigger.filterPatterns().get(i));
            } catch (Exception e) {
                throw new IllegalArgumentException("filter " + i + " of " + trigger.name() + " does not compile", e);
            }
        }
        return machine;
    }

    private static Duration backoff(int attempt) {
        Duration delay = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 16));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private void waitForChange(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(changes, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the stream", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
    }

    /** Where the mapping stands in one shard. */
    private static final class ShardReader {
        final String id;
        final String parentId;
        String iterator;
        String checkpoint;
        int attempts;
        boolean finished;

        ShardReader(String id, String parentId) {
            this.id = id;
            this.parentId = parentId;
        }
    }
}
