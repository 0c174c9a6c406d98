package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Writes a function's payload 2.0 response back to the HTTP client as API Gateway does: status, headers
 * (single and multi-value), cookies as {@code Set-Cookie}, and the body, base64-decoded when flagged.
 * A response without {@code statusCode} is, as in AWS, a 200 whose JSON body is the whole response.
 */
final class HttpApiResponses {

    private HttpApiResponses() {
    }

    static void write(HttpExchange exchange, JsonNode response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (!response.isObject() || !response.has("statusCode")) {
            headers.set("Content-Type", "application/json");
            send(exchange, 200, response.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.path("headers").fields().forEachRemaining(header -> headers.set(header.getKey(), header.getValue().asText()));
        response.path("multiValueHeaders").fields().forEachRemaining(header -> {
            headers.remove(header.getKey());
            header.getValue().forEach(value -> headers.add(header.getKey(), value.asText()));
        });
        response.path("cookies").forEach(cookie -> headers.add("Set-Cookie", cookie.asText()));
        JsonNode body = response.path("body");
        byte[] bytes = body.isMissingNode() || body.isNull() ? new byte[0]
                : response.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body.asText())
                : body.asText().getBytes(StandardCharsets.UTF_8);
        send(exchange, response.path("statusCode").asInt(200), bytes);
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
