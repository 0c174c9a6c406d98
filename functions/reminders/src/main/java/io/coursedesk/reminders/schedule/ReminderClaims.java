package io.coursedesk.reminders.schedule;

import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TransactionWriter;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Publishes a due reminder once: its claim item (attributes {@code eventId}, {@code claimedAt} = the run's scheduled
 * time) is written only if it does not exist yet, in one transaction with the event's outbox item, so a run that
 * fires twice, or two at once, publishes nothing twice.
 */
@Singleton
public class ReminderClaims {
    private final Table table;
    private final Outbox outbox;
    private final TransactionWriter writer;

    public ReminderClaims(Table table, Outbox outbox, TransactionWriter writer) {
        this.table = table;
        this.outbox = outbox;
        this.writer = writer;
    }

    /**
     * @return true when this run claimed and published it, false when another run had claimed it
     * @throws IllegalStateException on a conflict that is not a claim, so the run fails and the scheduler retries it
     */
    public boolean claimAndPublish(String pk, String sk, DomainEvent event, Instant at) {
        Item claim = Item.create().with(Table.PK, pk).with(Table.SK, sk)
                .with("eventId", event.eventId()).with("claimedAt", at);
        TransactionWriter.Outcome outcome = writer.write(List.of(
                TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(claim.attributes())
                        .conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", Table.PK)).build()).build(),
                outbox.put(EventSources.REMINDERS, event)));
        if (!outcome.committed() && !outcome.conditionFailed(0)) {
            throw new IllegalStateException("the reminder " + event.eventId() + " could not be claimed: "
                    + outcome.reasons());
        }
        return outcome.committed();
    }
}
