package io.coursedesk.reminders.schedule;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * How far a provider's reminders about expiring certificates went, per reminder ({@code PK=T#<t>#SETTINGS},
 * {@code SK=PROGRESS#CERTIFICATE_REMINDERS} or {@code PROGRESS#CUSTOMER_REMINDERS}): {@code handledThrough} the last
 * expiry date whose reminders a run has published. The next run starts the day after, so it reads only the
 * certificates that came into the reminder window since, however many days it missed.
 */
@Singleton
public class ReminderProgress {
    private static final String HANDLED_THROUGH = "handledThrough";

    /** The reminders whose progress is kept. */
    public enum Of {
        CERTIFICATE_REMINDERS, CUSTOMER_REMINDERS;

        String sortKey() {
            return "PROGRESS#" + name();
        }
    }


    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public ReminderProgress(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    /** The last expiry date handled, if a run ever handled one. */
    public Optional<LocalDate> handledThrough(String tenantId, Of reminder) {
        return reads.get(pk(tenantId), reminder.sortKey()).map(item -> item.date(HANDLED_THROUGH));
    }

    /** Records that every reminder of certificates expiring up to {@code expiryDate} went out; never moves back. */
    public void handled(String tenantId, Of reminder, LocalDate expiryDate) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table.name()).key(TableReads.key(pk(tenantId), reminder.sortKey()))
                    .updateExpression("SET #through = :through")
                    .conditionExpression("attribute_not_exists(#through) OR #through < :through")
                    .expressionAttributeNames(Map.of("#through", HANDLED_THROUGH))
                    .expressionAttributeValues(Map.of(":through", Item.s(expiryDate.toString()))));
        } catch (ConditionalCheckFailedException further) {
            // a run at the same time, or one of a later scheduled time, got further: its progress stands
        }
    }

    private static String pk(String tenantId) {
        return Keys.collection(tenantId, "SETTINGS");
    }
}
