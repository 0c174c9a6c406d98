package io.coursedesk.operations.redrive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.relay.OutboxRedrive;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts dead-lettered events back on the bus after a fix. Every message of the queue is read once per run: an
 * event in either shape is put back with PutEvents (same source, detail-type and detail, so its {@code eventId}
 * and the consumers' deduplication hold) and its message deleted only once PutEvents accepted the entry; a body in
 * neither shape, or an event the bus did not accept, stays on the queue. Messages are held invisible while the run
 * lasts, so none is read twice, and what stays is made visible again at the end.
 */
public final class Redrive {

    private static final int MAX_BATCH = 10;
    /** Long polling asks every SQS server, so an empty answer means an empty queue. */
    private static final int WAIT_SECONDS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final EventBridgeClient events;
    private final Optional<OutboxRedrive> outbox;
    private final Duration holdWhileRunning;

    /**
     * @param outbox           for the outbox relay's queue, whose messages name stream batches, not events
     * @param holdWhileRunning the visibility timeout of received messages: longer than the run is expected to take
     */
    public Redrive(SqsClient sqs, EventBridgeClient events, Optional<OutboxRedrive> outbox, Duration holdWhileRunning) {
        this.sqs = sqs;
        this.events = events;
        this.outbox = outbox;
        this.holdWhileRunning = holdWhileRunning;
    }

    /**
     * @param dryRun      read and recognise only: nothing is put on the bus or deleted
     * @param maxMessages at most this many messages are read
     */
    public RedriveReport run(String queueUrl, String eventBusName, boolean dryRun, int maxMessages) {
        RedriveReport report = new RedriveReport(dryRun);
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        while (seen.size() < maxMessages) {
            int batchSize = Math.min(MAX_BATCH, maxMessages - seen.size());
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(batchSize)
                    .visibilityTimeout((int) holdWhileRunning.toSeconds()).waitTimeSeconds(WAIT_SECONDS)).messages();
            // a message seen before came back because the run outlasted its hold: it was handled already
            List<Message> unseen = batch.stream().filter(message -> seen.add(message.messageId())).toList();
            if (unseen.isEmpty()) {
                break;
            }
            for (Message message : unseen) {
                if (!redrive(queueUrl, eventBusName, dryRun, message, report)) {
                    kept.add(message.receiptHandle());
                }
            }
        }
        kept.forEach(receiptHandle -> sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl)
                .receiptHandle(receiptHandle).visibilityTimeout(0)));
        return report;
    }

    private static Optional<JsonNode> streamBatch(String body) {
        try {
            JsonNode message = JSON.readTree(body);
            return message != null && OutboxRedrive.isStreamBatchFailure(message) ? Optional.of(message) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The relay gave up on a stream batch: its events wait in the table and go through the relay again. */
    private boolean redriveStreamBatch(String queueUrl, boolean dryRun, Message message, JsonNode batch,
                                       RedriveReport report) {
        if (outbox.isEmpty()) {
            report.failed(message.messageId(), "a stream batch of the outbox relay: give --table to redrive it");
            return false;
        }
        if (dryRun) {
            report.streamBatch(0);
            return false;
        }
        try {
            report.streamBatch(outbox.get().redrive(batch));
            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            return true;
        } catch (SdkException e) {
            report.failed(message.messageId(), e.getMessage());
            return false;
        }
    }

    /** @return whether the message is gone from the queue */
    private boolean redrive(String queueUrl, String eventBusName, boolean dryRun, Message message, RedriveReport report) {
        Optional<JsonNode> streamBatch = streamBatch(message.body());
        if (streamBatch.isPresent()) {
            return redriveStreamBatch(queueUrl, dryRun, message, streamBatch.get(), report);
        }
        Optional<DeadLetteredEvent> recognised = DeadLetteredEvent.recognise(message.body());
        if (recognised.isEmpty()) {
            report.unknown(message.messageId());
            return false;
        }
        DeadLetteredEvent event = recognised.get();
        if (dryRun) {
            report.redriven(event);
            return false;
        }
        try {
            PutEventsResponse response = events.putEvents(b -> b.entries(PutEventsRequestEntry.builder()
                    .eventBusName(eventBusName).source(event.source()).detailType(event.detailType())
                    .detail(event.detailJson()).resources(event.resources()).build()));
            PutEventsResultEntry entry = response.entries().get(0);
            if (entry.eventId() == null) {
                report.failed(message.messageId(), entry.errorCode() + ": " + entry.errorMessage());
                return false;
            }
        } catch (SdkException e) {
            report.failed(message.messageId(), e.getMessage());
            return false;
        }
        report.redriven(event);
        try {
            sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            return true;
        } catch (SdkException e) {
            // the event is on the bus: a later redrive puts it there again, and its consumers skip it by eventId
            report.failed(message.messageId(), "put back on the bus but not deleted: " + e.getMessage());
            return false;
        }
    }
}
