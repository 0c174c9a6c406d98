package io.coursedesk.shared.persistence;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The three ways anything is read from the table: one item by key, a query, a batch of keys. Never a scan. */
@Singleton
public class TableReads {
    /** BatchGetItem takes at most 100 keys per request. */
    private static final int BATCH_GET_LIMIT = 100;

    private final DynamoDbClient dynamoDb;
    private final Table table;

    public TableReads(DynamoDbClient dynamoDb, Table table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    public Optional<Item> get(String pk, String sk) {
        Map<String, AttributeValue> item = dynamoDb.getItem(b -> b.tableName(table.name())
                .key(key(pk, sk)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Item.of(item));
    }

    /** Every item of a partition whose sort key begins with the prefix, strongly consistent. */
    public List<Item> partition(String pk, String skPrefix) {
        return query(q -> q.keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk), ":prefix", Item.s(skPrefix)))
                .consistentRead(true));
    }

    /** Every item of an index partition, in sort-key order. */
    public List<Item> index(String indexName, String pkAttribute, String pk) {
        return query(q -> q.indexName(indexName).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", pkAttribute))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk))));
    }

    /**
     * Every item of a GSI1 partition whose sort key starts with a date from {@code from} to {@code to}, both
     * included (sort keys {@code <date>#...}), in sort-key order.
     */
    public List<Item> indexDays(String pk, LocalDate from, LocalDate to) {
        return query(q -> q.indexName(Table.GSI1)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#pk", Table.GSI1_PK, "#sk", Table.GSI1_SK))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk), ":from", Item.s(from.toString()),
                        ":to", Item.s(to + "#\uffff"))));
    }

    /** Whether a partition holds any item whose sort key begins with the prefix: one query of one item. */
    public boolean anyIn(String pk, String skPrefix) {
        return dynamoDb.query(q -> q.tableName(table.name())
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk), ":prefix", Item.s(skPrefix)))
                .limit(1)).count() > 0;
    }

    /** Whether an index partition holds any item: one query of one item, however large the partition. */
    public boolean anyInIndex(String indexName, String pkAttribute, String pk) {
        return dynamoDb.query(q -> q.tableName(table.name()).indexName(indexName).keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", pkAttribute))
                .expressionAttributeValues(Map.of(":pk", Item.s(pk))).limit(1)).count() > 0;
    }

    /** A query on the table; the table name is set here, all pages are read. */
    public List<Item> query(Consumer<QueryRequest.Builder> request) {
        List<Item> items = new ArrayList<>();
        forEach(request, items::add);
        return items;
    }

    /** Hands every item of a query on the table to the consumer page by page, never holding more than a page. */
    public void forEach(Consumer<QueryRequest.Builder> request, Consumer<Item> items) {
        QueryRequest.Builder builder = QueryRequest.builder().tableName(table.name());
        request.accept(builder);
        dynamoDb.queryPaginator(builder.build()).items().forEach(item -> items.accept(Item.of(item)));
    }

    /** Every item the query finds, all pages read. */
    public List<Item> all(PageQuery query) {
        return query(q -> {
            q.indexName(query.indexName());
            query.conditions().accept(q);
        });
    }

    /** {@link #page(List, Function, Predicate, int, PagePosition)} of one query, every item kept. */
    public <T> Slice<T, PagePosition> page(PageQuery query, Function<Item, T> map, int limit, PagePosition from) {
        return page(List.of(query), map, item -> true, limit, from);
    }

    /**
     * One page of a list read in key order: the queries one after the other (a list may span partitions), from
     * the position a previous page ended at (null: the start), each item mapped and kept when {@code keep} says
     * so, until {@code limit} items are kept. Each request asks for no more items than the page still needs (and
     * one to know whether more follow), so the cost grows with the page and the filter, never with the list.
     */
    public <T> Slice<T, PagePosition> page(List<PageQuery> queries, Function<Item, T> map, Predicate<? super T> keep,
                                           int limit, PagePosition from) {
        List<T> kept = new ArrayList<>();
        PagePosition last = null;
        for (int index = from == null ? 0 : from.query(); index < queries.size(); index++) {
            PageQuery query = queries.get(index);
            Map<String, AttributeValue> start = from != null && index == from.query() ? attributes(from.after()) : null;
            do {
                QueryRequest.Builder builder = QueryRequest.builder().tableName(table.name())
                        .indexName(query.indexName()).limit(limit + 1 - kept.size()).exclusiveStartKey(start);
                query.conditions().accept(builder);
                QueryResponse response = dynamoDb.query(builder.build());
                for (Map<String, AttributeValue> attributes : response.items()) {
                    T item = map.apply(Item.of(attributes));
                    if (!keep.test(item)) {
                        continue;
                    }
                    if (kept.size() == limit) {
                        return new Slice<>(kept, last);
                    }
                    kept.add(item);
                    last = new PagePosition(index, position(attributes, query.keyAttributes()));
                }
                start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? response.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return new Slice<>(kept, null);
    }

    private static Map<String, String> position(Map<String, AttributeValue> item, List<String> keyAttributes) {
        return keyAttributes.stream().collect(Collectors.toMap(Function.identity(), name -> item.get(name).s()));
    }

    private static Map<String, AttributeValue> attributes(Map<String, String> key) {
        return key.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Item.s(e.getValue())));
    }

    /** The items with these keys that exist, in no particular order; retries what DynamoDB left unprocessed. */
    public List<Item> batchGet(List<Map<String, AttributeValue>> keys) {
        List<Map<String, AttributeValue>> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        List<Item> items = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
            Map<String, KeysAndAttributes> pending = Map.of(table.name(), KeysAndAttributes.builder()
                    .keys(distinct.subList(from, Math.min(from + BATCH_GET_LIMIT, distinct.size()))).build());
            while (!pending.isEmpty()) {
                Map<String, KeysAndAttributes> request = pending;
                BatchGetItemResponse response = dynamoDb.batchGetItem(b -> b.requestItems(request));
                response.responses().getOrDefault(table.name(), List.of()).forEach(item -> items.add(Item.of(item)));
                pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return items;
    }

    public static Map<String, AttributeValue> key(String pk, String sk) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(Table.PK, Item.s(pk));
        key.put(Table.SK, Item.s(sk));
        return key;
    }
}
