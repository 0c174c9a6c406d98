package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Turns the schema keywords of OpenAPI 3.0, which micronaut-openapi writes, into their OpenAPI 3.1 (JSON Schema
 * 2020-12) form: {@code nullable} becomes a {@code "null"} type, boolean {@code exclusiveMinimum}/{@code
 * exclusiveMaximum} become the bound itself.
 */
final class OpenApi31 {

    static final String VERSION = "3.1.0";

    private static final List<String> SUBSCHEMAS = List.of("items", "additionalProperties", "not");
    private static final List<String> SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf");
    private static final Map<String, String> EXCLUSIVE_BOUNDS = Map.of(
            "exclusiveMinimum", "minimum", "exclusiveMaximum", "maximum");

    private OpenApi31() {
    }

    /** Converts every schema of the document in place: the named ones and those inline under a {@code schema} key. */
    static void convert(JsonNode document) {
        document.path("components").path("schemas").forEach(OpenApi31::convertSchema);
        findInlineSchemas(document);
    }

    private static void findInlineSchemas(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("schema")) {
                    convertSchema(field.getValue());
                } else {
                    findInlineSchemas(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(OpenApi31::findInlineSchemas);
        }
    }

    private static void convertSchema(JsonNode node) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        schema.path("properties").forEach(OpenApi31::convertSchema);
        SUBSCHEMAS.forEach(key -> convertSchema(schema.path(key)));
        SCHEMA_LISTS.forEach(key -> schema.path(key).forEach(OpenApi31::convertSchema));
        EXCLUSIVE_BOUNDS.forEach((exclusive, bound) -> {
            JsonNode flag = schema.get(exclusive);
            if (flag != null && flag.isBoolean()) {
                schema.remove(exclusive);
                if (flag.booleanValue() && schema.has(bound)) {
                    schema.set(exclusive, schema.remove(bound));
                }
            }
        });
        JsonNode nullable = schema.remove("nullable");
        if (nullable != null && nullable.booleanValue()) {
            allowNull(schema);
        }
    }

    private static void allowNull(ObjectNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            schema.putArray("type").add(type.textValue()).add("null");
        } else if (type instanceof ArrayNode types) {
            if (!types.toString().contains("\"null\"")) {
                types.add("null");
            }
        } else {
            // a $ref or a composition: null besides whatever it is
            ObjectNode original = schema.deepCopy();
            schema.removeAll();
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.add(original);
            anyOf.addObject().put("type", "null");
        }
    }
}
