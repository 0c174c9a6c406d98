package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.ApiGatewayResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Local sign-in, standing in for Cognito: {@code GET /local/users} lists the demo users and
 * {@code POST /local/token} with {@code {"email": ...}} returns a token carrying their claims.
 */
final class LocalIdentityRoutes implements HttpHandler {

    static final String USERS_PATH = "/local/users";
    static final String TOKEN_PATH = "/local/token";

    private final List<DemoUser> users;
    private final DemoTokens tokens;
    private final ObjectMapper json;

    LocalIdentityRoutes(List<DemoUser> users, DemoTokens tokens, ObjectMapper json) {
        this.users = List.copyOf(users);
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        switch (route) {
            case "GET " + USERS_PATH -> listUsers(exchange);
            case "POST " + TOKEN_PATH -> issueToken(exchange);
            default -> ApiGatewayResponse.writeProblem(exchange, 404, "Not Found", "No local route " + route);
        }
    }

    private void listUsers(HttpExchange exchange) throws IOException {
        ArrayNode list = json.createArrayNode();
        users.forEach(user -> {
            ObjectNode entry = list.addObject().put("email", user.email()).put("name", user.name())
                    .put("role", user.role()).put("tenantId", user.tenantId());
            // who is who: the organisation a contact speaks for, the student a student is
            if (user.organisationId() != null) {
                entry.put("organisationId", user.organisationId());
            }
            if (user.studentId() != null) {
                entry.put("studentId", user.studentId());
            }
        });
        ApiGatewayResponse.of(200, "application/json", json.writeValueAsBytes(list)).writeTo(exchange);
    }

    private void issueToken(HttpExchange exchange) throws IOException {
        JsonNode request;
        try {
            request = json.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            ApiGatewayResponse.writeProblem(exchange, 400, "Bad Request", "The body must be JSON: {\"email\": \"...\"}");
            return;
        }
        String email = request == null ? "" : request.path("email").asText("");
        Optional<DemoUser> user = users.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
        if (user.isEmpty()) {
            ApiGatewayResponse.writeProblem(exchange, 404, "Not Found",
                    "No demo user with email '" + email + "' (see GET " + USERS_PATH + ")");
            return;
        }
        ApiGatewayResponse.of(200, "application/json", json.writeValueAsBytes(
                json.createObjectNode().put("accessToken", tokens.mint(user.get())))).writeTo(exchange);
    }
}
