package io.coursedesk.harness;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A function's HTTP API (payload format 2.0) response as API Gateway passes it on to the client: status,
 * headers (single and multi-value), cookies as {@code Set-Cookie}, and the body, base64-decoded when flagged.
 * Read from the function's JSON or its {@link APIGatewayV2HTTPResponse}, checked by tests, and written to a
 * local HTTP exchange by the gateways.
 */
public final class ApiGatewayResponse {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PojoSerializer<APIGatewayV2HTTPResponse> SERIALIZER =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPResponse.class, ApiGatewayResponse.class.getClassLoader());

    private final int status;
    private final Map<String, List<String>> headers;
    private final List<String> cookies;
    private final byte[] body;

    private ApiGatewayResponse(int status, Map<String, List<String>> headers, List<String> cookies, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.cookies = cookies;
        this.body = body;
    }

    /** Reads the function's response as the Lambda runtime serializes it. */
    public static ApiGatewayResponse of(APIGatewayV2HTTPResponse response) {
        return fromJson(toJson(response));
    }

    /** The JSON the Lambda runtime makes of a handler's response. */
    public static String toJson(APIGatewayV2HTTPResponse response) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        SERIALIZER.toJson(response, json);
        return json.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads a function's JSON response. As in AWS, JSON without {@code statusCode} is a 200 whose JSON body
     * is the whole response; in {@code multiValueHeaders} a name's values replace its single header.
     */
    public static ApiGatewayResponse fromJson(String json) {
        JsonNode response;
        try {
            response = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("the function's response is not JSON: " + json, e);
        }
        if (!response.isObject() || !response.has("statusCode")) {
            return of(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
        Map<String, List<String>> headers = newHeaders();
        response.path("headers").fields().forEachRemaining(header ->
                headers.put(header.getKey(), List.of(header.getValue().asText())));
        response.path("multiValueHeaders").fields().forEachRemaining(header -> {
            List<String> values = new ArrayList<>();
            header.getValue().forEach(value -> values.add(value.asText()));
            headers.put(header.getKey(), List.copyOf(values));
        });
        List<String> cookies = new ArrayList<>();
        response.path("cookies").forEach(cookie -> cookies.add(cookie.asText()));
        JsonNode body = response.path("body");
        byte[] bytes = body.isMissingNode() || body.isNull() ? new byte[0]
                : response.path("isBase64Encoded").asBoolean(false) ? Base64.getDecoder().decode(body.asText())
                : body.asText().getBytes(StandardCharsets.UTF_8);
        return new ApiGatewayResponse(response.path("statusCode").asInt(), Collections.unmodifiableMap(headers),
                List.copyOf(cookies), bytes);
    }

    /** A response made locally (a gateway's own page or refusal). */
    public static ApiGatewayResponse of(int status, String contentType, byte[] body) {
        Map<String, List<String>> headers = newHeaders();
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        return new ApiGatewayResponse(status, Collections.unmodifiableMap(headers), List.of(), body);
    }

    /** Sends an RFC 9457 problem about this request, for what a local gateway itself refuses. */
    public static void writeProblem(HttpExchange exchange, int status, String title, String detail) throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequestURI().getRawPath());
        of(status, "application/problem+json", problem.toString().getBytes(StandardCharsets.UTF_8)).writeTo(exchange);
    }

    /** This response with one more header value. */
    public ApiGatewayResponse withHeader(String name, String value) {
        Map<String, List<String>> more = newHeaders();
        more.putAll(headers);
        List<String> values = new ArrayList<>(more.getOrDefault(name, List.of()));
        values.add(value);
        more.put(name, List.copyOf(values));
        return new ApiGatewayResponse(status, Collections.unmodifiableMap(more), cookies, body);
    }

    public int status() {
        return status;
    }

    /** Each header's values joined with commas, as one line; names are case-insensitive. */
    public Map<String, String> headers() {
        Map<String, String> joined = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> joined.put(name, String.join(",", values)));
        return joined;
    }

    /** The cookies the function sets, each sent as a {@code Set-Cookie} header. */
    public List<String> cookies() {
        return cookies;
    }

    /** The content type in lower case, empty when there is none. */
    public String contentType() {
        return headers().getOrDefault("Content-Type", "").toLowerCase(Locale.ROOT);
    }

    public byte[] bodyBytes() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON; an empty body is JSON {@code null}. */
    public JsonNode json() {
        if (body().isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + body(), e);
        }
    }

    /**
     * The items of a list's page ({@code {"items": [...], "next": ...}}); fails when the body is not a page, so a
     * test reading a list checks its shape too.
     */
    public JsonNode items() {
        JsonNode page = json();
        if (!page.path("items").isArray() || !page.has("next")) {
            throw new AssertionError("not a page of a list (status " + status + "): " + body());
        }
        return page.path("items");
    }

    /** The cursor of a list's next page; null on the last page. */
    public String next() {
        JsonNode next = json().path("next");
        return next.isNull() || next.isMissingNode() ? null : next.asText();
    }

    /** A field of the JSON body as text; {@code null} when it is absent. */
    public String text(String field) {
        return json().path(field).asText(null);
    }

    /** Sends this response on a local HTTP exchange and closes it. */
    public void writeTo(HttpExchange exchange) throws IOException {
        Headers out = exchange.getResponseHeaders();
        headers.forEach((name, values) -> {
            // the server sets the length of what it sends
            if (!name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> out.add(name, value));
            }
        });
        cookies.forEach(cookie -> out.add("Set-Cookie", cookie));
        boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public String toString() {
        return status + " " + body();
    }

    private static Map<String, List<String>> newHeaders() {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }
}
