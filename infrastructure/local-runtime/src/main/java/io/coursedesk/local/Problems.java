package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;

/** RFC 9457 problem responses for what the local gateway itself refuses (no route, no token, a failed function). */
final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    static void send(HttpExchange exchange, int status, String title, String detail) throws IOException {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequestURI().getRawPath());
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        HttpApiResponses.send(exchange, status, JSON.writeValueAsBytes(problem));
    }
}
