package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The record of every mail, and the guard that sends each mail once however often its event arrives. A mail
 * is keyed by its event and what it is about ({@code PK=T#<t>#MAIL#<eventId>}, {@code SK=TO#<mailKey>}); a
 * delivery claims it with a conditional write before sending. The claim succeeds for a new mail, a failed (or
 * released) one, or one whose claim is older than the claim timeout: the claim timeout is longer than the
 * function's timeout, so by then the attempt that claimed it has ended without sending (timeout, crash).
 * <p>
 * A delivery that finds a fresh claim waits for it to be sent, released or gone stale, as long as its own time
 * allows; Lambda retries a failed event after one and two minutes, so a retry usually outlives a dead attempt's
 * claim instead of failing on it.
 */
@Singleton
public class EmailLog {
    private static final Logger LOG = LoggerFactory.getLogger(EmailLog.class);
    static final String KIND = "MAIL";
    static final String SK_PREFIX = "TO#";
    /** Time kept after a wait for rendering, SES and the event's other mails. */
    static final Duration SEND_RESERVE = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(500);

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;
    private final Clock clock;
    private final Duration claimTimeout;

    public EmailLog(DynamoDbClient dynamoDb, Table table, TableReads reads, Clock clock,
                    @Value("${coursedesk.mail.claim-timeout:90s}") Duration claimTimeout) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
    }

    /**
     * Claims the mail for this attempt, waiting for a fresh claim of another attempt if it can go stale in time.
     *
     * @return empty when this attempt should send it; the record when it was sent already
     * @throws MailInProgressException when another attempt holds a claim that stays fresh beyond this attempt's time
     */
    public Optional<EmailRecord> claim(String tenantId, String eventId, OutgoingEmail mail, String subject,
                                       DeliveryAttempt attempt) {
        while (true) {
            if (tryClaim(tenantId, eventId, mail, subject, attempt)) {
                return Optional.empty();
            }
            EmailRecord record = find(tenantId, eventId, mail.mailKey())
                    .orElseThrow(() -> new IllegalStateException("mail record vanished: " + eventId + " " + mail.mailKey()));
            if (record.status() == EmailStatus.SENT) {
                return Optional.of(record);
            }
            if (record.status() == EmailStatus.CLAIMED) {
                awaitStale(record, attempt);
            }
        }
    }

    /** Waits a little while the claim is still fresh, or fails when it will not go stale before the attempt ends. */
    private void awaitStale(EmailRecord record, DeliveryAttempt attempt) {
        // the condition takes over claims strictly older than the timeout
        Instant staleAt = record.claimedAt().plus(claimTimeout).plusMillis(1);
        Instant now = clock.instant();
        if (!now.isBefore(staleAt)) {
            return;
        }
        if (staleAt.plus(SEND_RESERVE).isAfter(attempt.deadline())) {
            throw new MailInProgressException("mail " + record.mailKey() + " of " + record.eventId() + " is claimed by "
                    + "another delivery since " + record.claimedAt() + ", fresh until " + staleAt
                    + ", after this attempt's time");
        }
        Duration untilStale = Duration.between(now, staleAt);
        try {
            Thread.sleep((untilStale.compareTo(POLL) < 0 ? untilStale : POLL).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailInProgressException("interrupted while waiting for the claim on " + record.mailKey());
        }
    }

    private boolean tryClaim(String tenantId, String eventId, OutgoingEmail mail, String subject, DeliveryAttempt attempt) {
        Instant now = clock.instant();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":claimed", Item.s(EmailStatus.CLAIMED.name()),
                ":failed", Item.s(EmailStatus.FAILED.name()),
                ":now", Item.n(now.toEpochMilli()),
                ":stale", Item.n(now.minus(claimTimeout).toEpochMilli()),
                ":one", Item.n(1),
                ":zero", Item.n(0),
                ":eventId", Item.s(eventId),
                ":kind", Item.s(mail.kind()),
                ":to", Item.s(mail.to().address()),
                ":subject", Item.s(subject)));
        values.put(":cc", Item.s(mail.cc().stream().map(a -> a.address()).collect(Collectors.joining(", "))));
        values.put(":claimId", Item.s(attempt.claimId()));
        // a mail about no course (a customer reminder) records none
        String setCourse = mail.courseId() == null ? "" : ", courseId = :courseId";
        if (mail.courseId() != null) {
            values.put(":courseId", Item.s(mail.courseId()));
        }
        try {
            dynamoDb.updateItem(b -> b.tableName(table.name()).key(key(tenantId, eventId, mail.mailKey()))
                    .updateExpression("SET #status = :claimed, claimedAt = :now, claimId = :claimId, "
                            + "attempts = if_not_exists(attempts, :zero) + :one, "
                            + "eventId = :eventId, kind = :kind, #to = :to, cc = :cc, subject = :subject" + setCourse
                            + " REMOVE #error")
                    .conditionExpression("attribute_not_exists(#pk) OR #status = :failed "
                            + "OR (#status = :claimed AND claimedAt < :stale)")
                    .expressionAttributeNames(Map.of("#pk", Table.PK, "#status", "status", "#to", "to", "#error", "error"))
                    .expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    public EmailRecord markSent(String tenantId, String eventId, String mailKey, String sesMessageId) {
        dynamoDb.updateItem(b -> b.tableName(table.name()).key(key(tenantId, eventId, mailKey))
                .updateExpression("SET #status = :sent, sentAt = :now, sesMessageId = :messageId")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":sent", Item.s(EmailStatus.SENT.name()),
                        ":now", Item.s(clock.instant().toString()), ":messageId", Item.s(sesMessageId))));
        return find(tenantId, eventId, mailKey).orElseThrow();
    }

    /**
     * Gives up this attempt's claim, recording the mail as failed so the next delivery takes it at once. A claim
     * another attempt has taken over meanwhile is left alone.
     */
    public void release(String tenantId, String eventId, String mailKey, DeliveryAttempt attempt, String error) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table.name()).key(key(tenantId, eventId, mailKey))
                    .updateExpression("SET #status = :failed, failedAt = :now, #error = :error")
                    .conditionExpression("#status = :claimed AND claimId = :claimId")
                    .expressionAttributeNames(Map.of("#status", "status", "#error", "error"))
                    .expressionAttributeValues(Map.of(":failed", Item.s(EmailStatus.FAILED.name()),
                            ":claimed", Item.s(EmailStatus.CLAIMED.name()), ":claimId", Item.s(attempt.claimId()),
                            ":now", Item.s(clock.instant().toString()), ":error", Item.s(error))));
        } catch (ConditionalCheckFailedException takenOver) {
            LOG.warn("mail {} of {} was taken over by another delivery; its claim stands", mailKey, eventId);
        }
    }

    public Optional<EmailRecord> find(String tenantId, String eventId, String mailKey) {
        return reads.get(pk(tenantId, eventId), SK_PREFIX + mailKey).map(item -> new EmailRecord(
                item.string("eventId"), mailKey, item.string("kind"), item.string("courseId"), item.string("to"),
                item.string("cc"), item.string("subject"), item.enumValue("status", EmailStatus.class),
                item.integer("attempts"), Instant.ofEpochMilli(item.longValue("claimedAt", 0)), item.instant("sentAt"),
                item.string("sesMessageId"), item.string("error")));
    }

    private static String pk(String tenantId, String eventId) {
        return Keys.entity(tenantId, KIND, eventId);
    }

    private static Map<String, AttributeValue> key(String tenantId, String eventId, String mailKey) {
        return TableReads.key(pk(tenantId, eventId), SK_PREFIX + mailKey);
    }
}
