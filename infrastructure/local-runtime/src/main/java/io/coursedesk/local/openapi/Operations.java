package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What every operation of the merged document carries, completed where its function's document lacks it: a summary
 * (never made up: a missing one is the function's to add), the security the gateway applies, the problem responses,
 * and an operationId unique across the whole API.
 */
final class Operations {

    static final String SECURITY_SCHEME = "bearer";

    /** micronaut-openapi numbers a controller method name that another controller of the same function uses too. */
    private static final String NUMBERED = "_\\d+$";

    private Operations() {
    }

    /**
     * Completes one operation in place, or says what its function must add.
     *
     * @param defaultSecurity the function document's top-level security, for the roles an operation does not name
     */
    static List<String> complete(ObjectNode operation, String routeKey, boolean publicRoute, String functionId,
                                 JsonNode defaultSecurity) {
        List<String> missing = new ArrayList<>();
        if (operation.path("summary").asText().isBlank()) {
            String method = operation.path("operationId").asText("unknown").replaceFirst(NUMBERED, "");
            missing.add(routeKey + " (" + functionId + ", controller method " + method + ") has no summary: add "
                    + "@Operation(summary = \"...\") or a Javadoc comment to the method");
        }
        JsonNode documented = operation.path("security").isEmpty() ? defaultSecurity : operation.get("security");
        ArrayNode security = operation.putArray("security");
        if (!publicRoute) {
            rolesOf(documented, security.addObject().putArray(SECURITY_SCHEME));
        }
        ProblemResponses.addTo(operation, !publicRoute);
        return missing;
    }

    /**
     * Gives each operation (route key to operation) its controller method's name as operationId where no other
     * operation has it, else one made from its method and path ({@code GET /courses/{courseId}} gives
     * {@code getCoursesByCourseId}).
     */
    static void assignOperationIds(Map<String, ObjectNode> operations) {
        Map<String, String> methodNames = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        operations.forEach((routeKey, operation) -> {
            String name = operation.path("operationId").asText("").replaceFirst(NUMBERED, "");
            methodNames.put(routeKey, name);
            uses.merge(name, 1, Integer::sum);
        });
        Set<String> assigned = new LinkedHashSet<>();
        operations.forEach((routeKey, operation) -> {
            String name = methodNames.get(routeKey);
            String id = !name.isEmpty() && uses.get(name) == 1 ? name : fromRoute(routeKey);
            if (!assigned.add(id)) {
                throw new IllegalStateException("operationId " + id + " of " + routeKey + " is not unique");
            }
            operation.put("operationId", id);
        });
    }

    private static void rolesOf(JsonNode securityRequirements, ArrayNode roles) {
        Set<String> names = new LinkedHashSet<>();
        securityRequirements.forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(role -> names.add(role.asText()))));
        names.forEach(roles::add);
    }

    private static String fromRoute(String routeKey) {
        String[] methodAndPath = routeKey.split(" ", 2);
        StringBuilder id = new StringBuilder(methodAndPath[0].toLowerCase(Locale.ROOT));
        for (String segment : methodAndPath[1].split("/")) {
            if (segment.startsWith("{")) {
                id.append("By").append(pascal(segment.replaceAll("[{}+]", "")));
            } else {
                id.append(pascal(segment));
            }
        }
        return id.toString();
    }

    private static String pascal(String words) {
        StringBuilder pascal = new StringBuilder();
        for (String word : words.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return pascal.toString();
    }
}
