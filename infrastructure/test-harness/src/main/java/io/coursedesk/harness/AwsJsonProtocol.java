package io.coursedesk.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

/**
 * The AWS JSON 1.1 wire protocol as the stand-ins speak it: the operation in {@code X-Amz-Target}, a JSON body
 * each way, errors as {@code {"__type": .., "message": ..}} with status 400, which the SDK turns into the
 * service's own exception of that name.
 */
public final class AwsJsonProtocol {

    public static final ObjectMapper JSON = new ObjectMapper();

    private AwsJsonProtocol() {
    }

    /** The operation the request names, e.g. {@code AWSEvents.PutEvents}; null unless it is a POST. */
    public static String operation(HttpExchange exchange) {
        return "POST".equals(exchange.getRequestMethod()) ? exchange.getRequestHeaders().getFirst("X-Amz-Target") : null;
    }

    public static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    public static void error(HttpExchange exchange, String type, String message) throws IOException {
        ObjectNode error = JSON.createObjectNode().put("__type", type).put("message", message);
        respond(exchange, 400, error);
    }

    public static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
