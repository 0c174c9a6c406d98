package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
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
 * delivery claims it with a conditional write before sending. The claim succeeds for a new mail, a failed one,
 * or one whose claim is older than the claim timeout (its delivery died between claim and send).
 */
@Singleton
public class EmailLog {
    static final String KIND = "MAIL";
    static final String SK_PREFIX = "TO#";

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
     * Claims the mail for this delivery.
     *
     * @return empty when this delivery should send it; the record when it was sent already
     * @throws MailInProgressException when another delivery holds a fresh claim
     */
    public Optional<EmailRecord> claim(String tenantId, String eventId, OutgoingEmail mail, String subject) {
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
        values.put(":courseId", Item.s(mail.courseId()));
        try {
            dynamoDb.updateItem(b -> b.tableName(table.name()).key(key(tenantId, eventId, mail.mailKey()))
                    .updateExpression("SET #status = :claimed, claimedAt = :now, attempts = if_not_exists(attempts, :zero) + :one, "
                            + "eventId = :eventId, kind = :kind, #to = :to, cc = :cc, subject = :subject, courseId = :courseId "
                            + "REMOVE #error")
                    .conditionExpression("attribute_not_exists(#pk) OR #status = :failed "
                            + "OR (#status = :claimed AND claimedAt < :stale)")
                    .expressionAttributeNames(Map.of("#pk", Table.PK, "#status", "status", "#to", "to", "#error", "error"))
                    .expressionAttributeValues(values));
            return Optional.empty();
        } catch (ConditionalCheckFailedException taken) {
            EmailRecord record = find(tenantId, eventId, mail.mailKey())
                    .orElseThrow(() -> new IllegalStateException("mail record vanished: " + eventId + " " + mail.mailKey()));
            if (record.status() == EmailStatus.SENT) {
                return Optional.of(record);
            }
            throw new MailInProgressException("mail " + mail.mailKey() + " of " + eventId + " is being sent by another "
                    + "delivery since " + record.claimedAt());
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

    public void markFailed(String tenantId, String eventId, String mailKey, String error) {
        dynamoDb.updateItem(b -> b.tableName(table.name()).key(key(tenantId, eventId, mailKey))
                .updateExpression("SET #status = :failed, failedAt = :now, #error = :error")
                .expressionAttributeNames(Map.of("#status", "status", "#error", "error"))
                .expressionAttributeValues(Map.of(":failed", Item.s(EmailStatus.FAILED.name()),
                        ":now", Item.s(clock.instant().toString()), ":error", Item.s(error))));
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
