package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The error responses every function answers with as {@code application/problem+json} (shared/http's {@code Problem}
 * and {@code FieldError}; HTML pages where an operation answers only HTML), added to each operation that can meet them: 400 where it takes a body or query
 * parameters, 401 and 403 where it needs a token, 404 where a path parameter names a resource, 500 always, and
 * every 4xx or 5xx its function documented itself (409, for one) given the problem body.
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record ErrorResponse(String name, String reason, String description) {
    }

    /** Status to its shared response. */
    private static final Map<String, ErrorResponse> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", new ErrorResponse("BadRequest", "Bad Request",
                "The request is invalid; `errors` names each invalid field. Nothing was changed."));
        RESPONSES.put("401", new ErrorResponse("Unauthorized", "Unauthorized", "No token, or one that is invalid or expired."));
        RESPONSES.put("403", new ErrorResponse("Forbidden", "Forbidden", "The caller's role may not do this."));
        RESPONSES.put("404", new ErrorResponse("NotFound", "Not Found",
                "No such resource for the caller (another provider's or organisation's ids included)."));
        RESPONSES.put("409", new ErrorResponse("Conflict", "Conflict", "The request conflicts with the resource's current state."));
        RESPONSES.put("500", new ErrorResponse("InternalServerError", "Internal Server Error",
                "Something failed on the server's side."));
    }

    private ProblemResponses() {
    }

    /**
     * Adds the error responses the operation can meet, keeping what its function documented itself. An operation
     * that answers only HTML (the answer pages a person opens from a mail) answers its errors as HTML pages too.
     */
    static void addTo(ObjectNode operation, boolean secured) {
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses")
                : operation.putObject("responses");
        String htmlType = htmlOnly(responses);
        if (operation.has("requestBody") || hasParameter(operation, "query")) {
            add(responses, "400", htmlType);
        }
        if (secured) {
            add(responses, "401", htmlType);
            add(responses, "403", htmlType);
        }
        if (hasParameter(operation, "path")) {
            add(responses, "404", htmlType);
        }
        add(responses, "500", htmlType);
        responses.fields().forEachRemaining(response -> {
            if (isError(response.getKey()) && response.getValue() instanceof ObjectNode documented
                    && !documented.has("$ref") && !documented.has("content")) {
                documented.set("content", htmlType == null ? problemContent() : htmlContent(htmlType));
            }
        });
    }

    /** The shared responses and the {@code Problem} schema, for the merged document's components. */
    static void defineIn(Components components) {
        RESPONSES.values().forEach(response -> {
            ObjectNode body = NODES.objectNode().put("description", response.description());
            body.set("content", problemContent());
            components.put("responses", response.name(), body);
        });
        components.put("schemas", SCHEMA, problemSchema());
        components.put("schemas", "FieldError", fieldErrorSchema());
    }

    private static void add(ObjectNode responses, String status, String htmlType) {
        if (responses.has(status)) {
            return;
        }
        ErrorResponse response = RESPONSES.get(status);
        if (htmlType == null) {
            responses.putObject(status).put("$ref", "#/components/responses/" + response.name());
        } else {
            responses.putObject(status).put("description", response.reason() + ": a page saying so")
                    .set("content", htmlContent(htmlType));
        }
    }

    /** The HTML media type of an operation whose every successful response is HTML, else null. */
    private static String htmlOnly(JsonNode responses) {
        String html = null;
        for (var response = responses.fields(); response.hasNext(); ) {
            var status = response.next();
            if (status.getKey().startsWith("2")) {
                for (var type = status.getValue().path("content").fieldNames(); type.hasNext(); ) {
                    String mediaType = type.next();
                    if (!mediaType.startsWith("text/html")) {
                        return null;
                    }
                    html = mediaType;
                }
            }
        }
        return html;
    }

    private static ObjectNode problemContent() {
        ObjectNode content = NODES.objectNode();
        content.putObject(MEDIA_TYPE).putObject("schema").put("$ref", "#/components/schemas/" + SCHEMA);
        return content;
    }

    private static ObjectNode htmlContent(String mediaType) {
        ObjectNode content = NODES.objectNode();
        content.putObject(mediaType).putObject("schema").put("type", "string");
        return content;
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean hasParameter(JsonNode operation, String in) {
        return StreamSupport.stream(operation.path("parameters").spliterator(), false)
                .anyMatch(parameter -> parameter.path("in").asText().equals(in));
    }

    private static ObjectNode problemSchema() {
        ObjectNode schema = NODES.objectNode().put("type", "object")
                .put("description", "RFC 9457 problem details, with this API's `errors` member on invalid requests.");
        schema.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("type").put("type", "string").put("format", "uri-reference")
                .put("description", "`about:blank`: the status says what kind of problem it is.");
        properties.putObject("title").put("type", "string").put("description", "The status's short text.");
        properties.putObject("status").put("type", "integer").put("format", "int32").put("description", "The HTTP status.");
        properties.putObject("detail").put("type", "string").put("description", "What went wrong with this request.");
        properties.putObject("instance").put("type", "string").put("description", "The request's path.");
        properties.putObject("errors").put("type", "array").put("description", "Each invalid field, when the problem is about fields.")
                .putObject("items").put("$ref", "#/components/schemas/FieldError");
        return schema;
    }

    private static ObjectNode fieldErrorSchema() {
        ObjectNode schema = NODES.objectNode().put("type", "object").put("description", "One invalid field of a request.");
        schema.putArray("required").add("field").add("detail");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("field").put("type", "string").put("description",
                "Where the field is in the body (JSON path, e.g. `days[1].endTime`), or the path or query parameter's name.");
        properties.putObject("detail").put("type", "string").put("description", "What is wrong with it.");
        return schema;
    }
}
