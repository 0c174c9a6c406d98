package io.coursedesk.shared.persistence;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Map;

/** Removing an entity's item that nothing else is written with (a removal without events). */
public final class ItemRemoval {

    private ItemRemoval() {
    }

    /** Deletes the item if it exists; false if it did not. */
    public static boolean deleteExisting(DynamoDbClient dynamoDb, Table table, Map<String, AttributeValue> key) {
        try {
            dynamoDb.deleteItem(b -> b.tableName(table.name()).key(key)
                    .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(Map.of("#pk", Table.PK)));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
