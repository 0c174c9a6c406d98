package io.coursedesk.shared.persistence;

import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One query of a paged list: the table or index it reads and its conditions (key condition, filter, order). The
 * table name, {@code Limit} and {@code ExclusiveStartKey} are {@link TableReads#page}'s.
 *
 * @param indexName the index queried, null for the table
 */
public record PageQuery(String indexName, Consumer<QueryRequest.Builder> conditions) {

    /** The items of a partition whose sort key begins with the prefix, strongly consistent, in sort-key order. */
    public static PageQuery partition(String pk, String skPrefix) {
        return new PageQuery(null, q -> q.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk), ":prefix", Item.s(skPrefix)))
                .consistentRead(true));
    }

    /** The items of a GSI1 or GSI2 partition, in sort-key order. */
    public static PageQuery index(String indexName, String pk) {
        return new PageQuery(indexName, q -> q.keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", partitionKey(indexName)))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk))));
    }

    /** The items of a GSI1 or GSI2 partition whose sort key begins with the prefix, in sort-key order. */
    public static PageQuery index(String indexName, String pk, String skPrefix) {
        return new PageQuery(indexName, q -> q.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", partitionKey(indexName), "#sk", sortKey(indexName)))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk), ":prefix", Item.s(skPrefix))));
    }

    /** The attributes that make up an item's position in this query: the table's key and the index's. */
    List<String> keyAttributes() {
        if (indexName == null) {
            return List.of(Table.PK, Table.SK);
        }
        return List.of(Table.PK, Table.SK, partitionKey(indexName), sortKey(indexName));
    }

    private static String partitionKey(String indexName) {
        return switch (indexName) {
            case Table.GSI1 -> Table.GSI1_PK;
            case Table.GSI2 -> Table.GSI2_PK;
            default -> throw new IllegalArgumentException("no such index: " + indexName);
        };
    }

    private static String sortKey(String indexName) {
        return switch (indexName) {
            case Table.GSI1 -> Table.GSI1_SK;
            case Table.GSI2 -> Table.GSI2_SK;
            default -> throw new IllegalArgumentException("no such index: " + indexName);
        };
    }
}
