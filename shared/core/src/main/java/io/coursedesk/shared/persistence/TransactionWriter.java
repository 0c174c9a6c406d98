package io.coursedesk.shared.persistence;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;

/**
 * Writes a use case's items all or none in one TransactWriteItems, each under the condition its decision was
 * based on. A cancelled transaction is an answer, not an error: the outcome says which conditions failed, so
 * the use case can read again and retry, or refuse.
 */
@Singleton
public class TransactionWriter {
    /** TransactWriteItems takes at most 100 items. */
    public static final int MAX_ITEMS = 100;

    private final DynamoDbClient dynamoDb;

    public TransactionWriter(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    public Outcome write(List<TransactWriteItem> items) {
        try {
            dynamoDb.transactWriteItems(b -> b.transactItems(items));
            return new Outcome(List.of());
        } catch (TransactionCanceledException e) {
            return new Outcome(e.hasCancellationReasons() ? e.cancellationReasons() : List.of(
                    CancellationReason.builder().code("Unknown").build()));
        }
    }

    /**
     * What became of a transaction: committed, or the reason of each item it was cancelled for (a failed
     * condition, or a conflict with another transaction on the same item: both mean "changed meanwhile").
     */
    public record Outcome(List<CancellationReason> reasons) {

        public boolean committed() {
            return reasons.isEmpty();
        }

        /** Whether the item at this position failed its condition (and not just a conflict). */
        public boolean conditionFailed(int index) {
            return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
        }
    }
}
