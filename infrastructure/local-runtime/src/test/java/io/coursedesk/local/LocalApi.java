package io.coursedesk.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The local run's HTTP API as a client program uses it: signs in a demo user through {@code POST /local/token}
 * and sends JSON with that user's token.
 */
public final class LocalApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public LocalApi(URI base) {
        this.base = base;
    }

    /** The access token of a seeded demo user. */
    public String token(String email) {
        Reply reply = send("POST", "/local/token", null, Map.of("email", email));
        if (reply.status() != 200) {
            throw new IllegalStateException("no token for " + email + ": " + reply);
        }
        return reply.json().path("idToken").asText();
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    /** A request whose body is sent exactly as given (malformed JSON included), or none when it is null. */
    public Reply sendText(String method, String path, String token, String json) {
        return send(method, path, token, json == null ? null : HttpRequest.BodyPublishers.ofString(json));
    }

    /** A POST with {@code body} as JSON, or with no body when it is null. */
    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    private Reply send(String method, String path, String token, Object body) {
        return send(method, path, token, body == null ? null : HttpRequest.BodyPublishers.ofString(asJson(body)));
    }

    private Reply send(String method, String path, String token, HttpRequest.BodyPublisher json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, json);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    private static String asJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + body, e);
        }
    }

    /** A response's status, content type and body. */
    public record Reply(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
            }
        }
    }
}
