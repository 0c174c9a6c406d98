package io.coursedesk.harness.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code HttpApi} event of a function: the route API Gateway sends to it.
 *
 * @param eventName   the event's key under the function's {@code Events}
 * @param method      HTTP method, upper case, or {@code ANY}
 * @param path        the route path with {@code {name}} and greedy {@code {name+}} parameters
 * @param publicRoute true when the route opts out of the default JWT authorizer ({@code Authorizer: NONE})
 */
public record HttpApiRoute(String functionId, String eventName, String method, String path, boolean publicRoute) {

    /** The route key as API Gateway puts it into the event: {@code "GET /courses/{courseId}"}. */
    public String routeKey() {
        return method + " " + path;
    }

    /** The path parameters when this route serves the request, as API Gateway would extract them. */
    public Optional<Map<String, String>> match(String requestMethod, String rawPath) {
        if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        String[] routeParts = split(path);
        String[] requestParts = split(rawPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < routeParts.length; i++) {
            String part = routeParts[i];
            if (part.startsWith("{") && part.endsWith("+}")) {
                if (i >= requestParts.length) {
                    return Optional.empty();
                }
                parameters.put(part.substring(1, part.length() - 2),
                        String.join("/", java.util.Arrays.copyOfRange(requestParts, i, requestParts.length)));
                return Optional.of(parameters);
            }
            if (i >= requestParts.length) {
                return Optional.empty();
            }
            if (part.startsWith("{") && part.endsWith("}")) {
                if (requestParts[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(part.substring(1, part.length() - 1), requestParts[i]);
            } else if (!part.equals(requestParts[i])) {
                return Optional.empty();
            }
        }
        return routeParts.length == requestParts.length ? Optional.of(parameters) : Optional.empty();
    }

    /** A literal route beats one with parameters, as in API Gateway's route selection. */
    public int literalSegments() {
        int literal = 0;
        for (String part : split(path)) {
            if (!part.startsWith("{")) {
                literal++;
            }
        }
        return literal;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
