package io.coursedesk.shared.persistence;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An UpdateItem expression built step by step: every attribute gets a placeholder, so reserved words
 * ({@code status}, {@code name}) need no care. Conditions name their own placeholders.
 */
public final class ItemUpdate {
    private final Map<String, AttributeValue> key;
    private final List<String> sets = new ArrayList<>();
    private final List<String> adds = new ArrayList<>();
    private final List<String> removes = new ArrayList<>();
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();
    private int next;

    private ItemUpdate(Map<String, AttributeValue> key) {
        this.key = key;
    }

    public static ItemUpdate of(Map<String, AttributeValue> key) {
        return new ItemUpdate(key);
    }

    public ItemUpdate set(String attribute, AttributeValue value) {
        int i = next++;
        names.put("#u" + i, attribute);
        values.put(":u" + i, value);
        sets.add("#u" + i + " = :u" + i);
        return this;
    }

    /** Sets the attribute unless the item already has it. */
    public ItemUpdate setIfAbsent(String attribute, AttributeValue value) {
        int i = next++;
        names.put("#u" + i, attribute);
        values.put(":u" + i, value);
        sets.add("#u" + i + " = if_not_exists(#u" + i + ", :u" + i + ")");
        return this;
    }

    /** Sets every non-null attribute of the map. */
    public ItemUpdate setAll(Map<String, AttributeValue> attributes) {
        attributes.forEach(this::set);
        return this;
    }

    public ItemUpdate add(String attribute, long delta) {
        int i = next++;
        names.put("#u" + i, attribute);
        values.put(":u" + i, Item.n(delta));
        adds.add("#u" + i + " :u" + i);
        return this;
    }

    public ItemUpdate remove(String attribute) {
        int i = next++;
        names.put("#u" + i, attribute);
        removes.add("#u" + i);
        return this;
    }

    /** Adds a condition (all must hold); its placeholders are declared with {@link #name} and {@link #value}. */
    public ItemUpdate condition(String expression) {
        conditions.add("(" + expression + ")");
        return this;
    }

    public ItemUpdate name(String placeholder, String attribute) {
        names.put(placeholder, attribute);
        return this;
    }

    public ItemUpdate value(String placeholder, AttributeValue value) {
        values.put(placeholder, value);
        return this;
    }

    private Update toUpdate(String tableName) {
        StringBuilder expression = new StringBuilder();
        if (!sets.isEmpty()) {
            expression.append("SET ").append(String.join(", ", sets));
        }
        if (!adds.isEmpty()) {
            expression.append(" ADD ").append(String.join(", ", adds));
        }
        if (!removes.isEmpty()) {
            expression.append(" REMOVE ").append(String.join(", ", removes));
        }
        Update.Builder update = Update.builder().tableName(tableName).key(key)
                .updateExpression(expression.toString().trim())
                .expressionAttributeNames(names);
        if (!values.isEmpty()) {
            update.expressionAttributeValues(values);
        }
        if (!conditions.isEmpty()) {
            update.conditionExpression(String.join(" AND ", conditions));
        }
        return update.build();
    }

    /** The same update on its own, outside a transaction. */
    public UpdateItemRequest toRequest(String tableName) {
        Update update = toUpdate(tableName);
        return UpdateItemRequest.builder().tableName(tableName).key(update.key())
                .updateExpression(update.updateExpression())
                .expressionAttributeNames(update.expressionAttributeNames())
                .expressionAttributeValues(update.hasExpressionAttributeValues() ? update.expressionAttributeValues() : null)
                .conditionExpression(update.conditionExpression()).build();
    }

    public TransactWriteItem toTransactItem(String tableName) {
        return TransactWriteItem.builder().update(toUpdate(tableName)).build();
    }
}
