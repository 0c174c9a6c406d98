package io.coursedesk.availability.invitations;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.List;

/** Writes a use case's items all or none, each under the condition the decision was based on. */
@Singleton
public class TableWrites {
    /** TransactWriteItems takes at most 100 items. */
    public static final int MAX_ITEMS = 100;

    private final DynamoDbClient dynamoDb;

    public TableWrites(DynamoDbClient dynamoDb) {
        this.dynamoDb = dynamoDb;
    }

    /** False when a condition failed because someone changed an item meanwhile; then nothing was written. */
    public boolean writeAll(List<TransactWriteItem> items) {
        try {
            dynamoDb.transactWriteItems(b -> b.transactItems(items));
            return true;
        } catch (TransactionCanceledException e) {
            if (e.cancellationReasons().stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                return false;
            }
            throw e;
        }
    }
}
