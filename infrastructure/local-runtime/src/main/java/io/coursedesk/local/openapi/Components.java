package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merged {@code components} (schemas, responses, parameters, ...; security schemes are the merged document's
 * own). A name two functions use for different things is prefixed in both with the function's short name, and their
 * references follow; what no operation reaches in the end is left out.
 */
final class Components {

    private static final String SECURITY_SCHEMES = "securitySchemes";
    private static final String PREFIX = "#/components/";

    private final ObjectNode merged = JsonNodeFactory.instance.objectNode();

    /** Copies of the documents, their clashing component names already renamed. */
    static List<FunctionApi> renameClashes(List<FunctionApi> apis) {
        Map<String, Set<JsonNode>> variants = new HashMap<>();
        apis.forEach(api -> forEachComponent(api.document(), (ref, body) ->
                variants.computeIfAbsent(ref, key -> new HashSet<>()).add(body)));
        return apis.stream().map(api -> {
            JsonNode document = api.document().deepCopy();
            Map<String, String> renames = new HashMap<>();
            forEachComponent(document, (ref, body) -> {
                if (variants.get(ref).size() > 1) {
                    int slash = ref.lastIndexOf('/');
                    renames.put(ref, ref.substring(0, slash + 1) + api.shortName() + ref.substring(slash + 1));
                }
            });
            renames.forEach((from, to) -> {
                String[] kindAndName = to.substring(PREFIX.length()).split("/");
                ObjectNode kind = (ObjectNode) document.path("components").path(kindAndName[0]);
                kind.set(kindAndName[1], kind.remove(from.substring(from.lastIndexOf('/') + 1)));
            });
            rewriteRefs(document, renames);
            return new FunctionApi(api.functionId(), document);
        }).toList();
    }

    /** Adds a function's components; the same name twice is a clash {@link #renameClashes} should have resolved. */
    void add(FunctionApi api) {
        forEachComponent(api.document(), (ref, body) -> {
            String[] kindAndName = ref.substring(PREFIX.length()).split("/");
            ObjectNode kind = merged.has(kindAndName[0]) ? (ObjectNode) merged.get(kindAndName[0])
                    : merged.putObject(kindAndName[0]);
            JsonNode existing = kind.get(kindAndName[1]);
            if (existing != null && !existing.equals(body)) {
                throw new IllegalStateException(ref + " of " + api.functionId() + " clashes with another function's");
            }
            kind.set(kindAndName[1], body);
        });
    }

    /** Adds one of the merged document's own components (the problem responses and their schema). */
    void put(String kind, String name, JsonNode body) {
        (merged.has(kind) ? (ObjectNode) merged.get(kind) : merged.putObject(kind)).set(name, body);
    }

    /** The components the paths reach, directly or through other components, in name order, with the security schemes. */
    ObjectNode reachableFrom(JsonNode paths, ObjectNode securitySchemes) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<JsonNode> toVisit = new ArrayDeque<>(List.of(paths));
        while (!toVisit.isEmpty()) {
            for (String ref : refsIn(toVisit.pop())) {
                if (reached.add(ref)) {
                    JsonNode body = merged.at(pointer(ref));
                    if (body.isMissingNode()) {
                        throw new IllegalStateException("no component " + ref);
                    }
                    toVisit.push(body);
                }
            }
        }
        ObjectNode components = JsonNodeFactory.instance.objectNode();
        Map<String, Map<String, JsonNode>> kinds = new TreeMap<>();
        reached.forEach(ref -> {
            String[] kindAndName = ref.substring(PREFIX.length()).split("/");
            kinds.computeIfAbsent(kindAndName[0], key -> new TreeMap<>()).put(kindAndName[1], merged.at(pointer(ref)));
        });
        kinds.forEach((kind, named) -> named.forEach(components.putObject(kind)::set));
        components.set(SECURITY_SCHEMES, securitySchemes);
        return components;
    }

    /** The JSON pointer of a reference into the merged components. */
    private static String pointer(String ref) {
        return ref.substring(PREFIX.length() - 1);
    }

    private interface ComponentVisitor {
        void visit(String ref, JsonNode body);
    }

    private static void forEachComponent(JsonNode document, ComponentVisitor visitor) {
        document.path("components").fields().forEachRemaining(kind -> {
            if (!kind.getKey().equals(SECURITY_SCHEMES)) {
                kind.getValue().fields().forEachRemaining(named ->
                        visitor.visit(PREFIX + kind.getKey() + "/" + named.getKey(), named.getValue()));
            }
        });
    }

    private static Set<String> refsIn(JsonNode node) {
        Set<String> refs = new LinkedHashSet<>();
        collectRefs(node, refs);
        return refs;
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual() && node.get("$ref").textValue().startsWith(PREFIX)) {
            refs.add(node.get("$ref").textValue());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object && object.path("$ref").isTextual()
                && renames.containsKey(object.get("$ref").textValue())) {
            object.set("$ref", TextNode.valueOf(renames.get(object.get("$ref").textValue())));
        }
        node.forEach(child -> rewriteRefs(child, renames));
    }
}
