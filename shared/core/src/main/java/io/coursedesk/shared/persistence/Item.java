package io.coursedesk.shared.persistence;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A DynamoDB item being written or read, with typed accessors so the item mappers stay declarative.
 * Null values are left out when writing and read back as null; dates and times are ISO-8601 strings.
 */
public final class Item {
    private final Map<String, AttributeValue> attributes;

    private Item(Map<String, AttributeValue> attributes) {
        this.attributes = attributes;
    }

    public static Item create() {
        return new Item(new HashMap<>());
    }

    public static Item of(Map<String, AttributeValue> attributes) {
        return new Item(attributes);
    }

    public Item with(String name, String value) {
        if (value != null) {
            attributes.put(name, AttributeValue.fromS(value));
        }
        return this;
    }

    public Item with(String name, Number value) {
        if (value != null) {
            attributes.put(name, AttributeValue.fromN(value.toString()));
        }
        return this;
    }

    public Item with(String name, Boolean value) {
        if (value != null) {
            attributes.put(name, AttributeValue.fromBool(value));
        }
        return this;
    }

    public Item with(String name, Object value) {
        return with(name, value == null ? null : value.toString());
    }

    public Item with(String name, AttributeValue value) {
        if (value != null) {
            attributes.put(name, value);
        }
        return this;
    }

    public Item withAll(Map<String, AttributeValue> values) {
        attributes.putAll(values);
        return this;
    }

    public Map<String, AttributeValue> attributes() {
        return attributes;
    }

    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    public String string(String name) {
        AttributeValue value = attributes.get(name);
        return value == null ? null : value.s();
    }

    public Integer integer(String name) {
        AttributeValue value = attributes.get(name);
        return value == null || value.n() == null ? null : Integer.valueOf(value.n());
    }

    public long longValue(String name, long absent) {
        AttributeValue value = attributes.get(name);
        return value == null || value.n() == null ? absent : Long.parseLong(value.n());
    }

    public Boolean bool(String name) {
        AttributeValue value = attributes.get(name);
        return value == null ? null : value.bool();
    }

    public boolean flag(String name) {
        return Boolean.TRUE.equals(bool(name));
    }

    public LocalDate date(String name) {
        String value = string(name);
        return value == null ? null : LocalDate.parse(value);
    }

    public LocalTime time(String name) {
        String value = string(name);
        return value == null ? null : LocalTime.parse(value);
    }

    public Instant instant(String name) {
        String value = string(name);
        return value == null ? null : Instant.parse(value);
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = string(name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public List<Item> list(String name) {
        AttributeValue value = attributes.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(v -> Item.of(v.m())).toList();
    }

    public List<String> strings(String name) {
        AttributeValue value = attributes.get(name);
        return value == null || !value.hasL() ? List.of() : value.l().stream().map(AttributeValue::s).toList();
    }

    /** A nested map attribute. */
    public AttributeValue asMap() {
        return AttributeValue.fromM(attributes);
    }

    public static AttributeValue listOf(List<Item> items) {
        return AttributeValue.fromL(items.stream().map(Item::asMap).toList());
    }

    public static AttributeValue stringList(List<String> values) {
        return AttributeValue.fromL(values.stream().map(AttributeValue::fromS).toList());
    }

    public static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    public static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
