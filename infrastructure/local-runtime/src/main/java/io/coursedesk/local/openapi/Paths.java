package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.template.OpenApiDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merged {@code paths}: each route from exactly one function, each operation completed ({@link Operations}),
 * tagged, and its tags described; with what the functions must fix before there is a document.
 */
final class Paths {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Set<String> publicRoutes;
    private final String product;
    private final Map<String, ObjectNode> paths = new TreeMap<>();
    private final Map<String, String> owners = new LinkedHashMap<>();
    private final Map<String, String> tagDescriptions = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    /**
     * @param publicRoutes the route keys the template opens without a token
     * @param product      the words before a function document's title's own part ("CourseDesk ")
     */
    Paths(Set<String> publicRoutes, String product) {
        this.publicRoutes = publicRoutes;
        this.product = product;
    }

    void add(FunctionApi api) {
        String defaultTag = defaultTag(api.document());
        api.document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (OpenApiDocument.METHODS.contains(method.getKey())) {
                add(api, path.getKey(), path.getValue(), method.getKey(), defaultTag);
            }
        }));
    }

    private void add(FunctionApi api, String path, JsonNode pathItem, String method, String defaultTag) {
        String routeKey = method.toUpperCase(Locale.ROOT) + " " + path;
        String owner = owners.putIfAbsent(routeKey, api.functionId());
        if (owner != null) {
            problems.add(routeKey + " is in the documents of both " + owner + " and " + api.functionId());
            return;
        }
        ObjectNode operation = pathItem.get(method).deepCopy();
        inheritPathParameters(operation, pathItem);
        if (operation.path("tags").isEmpty()) {
            operation.putArray("tags").add(defaultTag);
        }
        operation.get("tags").forEach(tag ->
                tagDescriptions.putIfAbsent(tag.asText(), tagDescription(api.document(), tag.asText())));
        problems.addAll(Operations.complete(operation, routeKey, publicRoutes.contains(routeKey), api.functionId(),
                api.document().path("security")));
        paths.computeIfAbsent(path, key -> NODES.objectNode()).set(method, operation);
    }

    /** Clashes and operations without a summary, each in a sentence naming it. */
    List<String> problems() {
        return problems;
    }

    /** Route key to operation, in path order. */
    Map<String, ObjectNode> operations() {
        Map<String, ObjectNode> operations = new LinkedHashMap<>();
        paths.forEach((path, item) -> item.fields().forEachRemaining(method ->
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path, (ObjectNode) method.getValue())));
        return operations;
    }

    ObjectNode node() {
        ObjectNode node = NODES.objectNode();
        paths.forEach(node::set);
        return node;
    }

    ArrayNode tags() {
        ArrayNode tags = NODES.arrayNode();
        tagDescriptions.forEach((name, description) -> tags.addObject().put("name", name).put("description", description));
        return tags;
    }

    /** Path-level parameters belong to each of the path's operations. */
    private static void inheritPathParameters(ObjectNode operation, JsonNode pathItem) {
        for (JsonNode parameter : pathItem.path("parameters")) {
            boolean overridden = false;
            for (JsonNode own : operation.path("parameters")) {
                overridden |= own.path("name").equals(parameter.path("name")) && own.path("in").equals(parameter.path("in"));
            }
            if (!overridden) {
                operation.withArray("parameters").add(parameter.deepCopy());
            }
        }
    }

    /** An untagged operation is tagged with its function's part of the API: "CourseDesk availability" gives "Availability". */
    private String defaultTag(JsonNode document) {
        String title = document.path("info").path("title").asText();
        String part = title.startsWith(product) ? title.substring(product.length()) : title;
        return part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }

    /** The function's own description of the tag, else that of the function's document. */
    private static String tagDescription(JsonNode document, String tag) {
        for (JsonNode defined : document.path("tags")) {
            if (defined.path("name").asText().equals(tag) && !defined.path("description").asText().isBlank()) {
                return defined.get("description").asText();
            }
        }
        return document.path("info").path("description").asText();
    }
}
