package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.cognito.CognitoEmulator;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Local sign-in on the Cognito emulator: {@code GET /local/users} lists the demo users with their passwords,
 * {@code GET /local/identity} says where the emulator's user pool and app client are (for scripts and front ends
 * that sign in themselves), and {@code POST /local/token} with {@code {"email": ...}} signs a demo user in through
 * the emulator ({@code InitiateAuth}) and answers their ID token.
 */
final class LocalIdentityRoutes implements HttpHandler {

    static final String USERS_PATH = "/local/users";
    static final String TOKEN_PATH = "/local/token";
    static final String IDENTITY_PATH = "/local/identity";

    private final List<DemoUser> users;
    private final DemoAccounts accounts;
    private final CognitoEmulator cognito;
    private final ObjectMapper json;

    LocalIdentityRoutes(List<DemoUser> users, DemoAccounts accounts, CognitoEmulator cognito, ObjectMapper json) {
        this.users = List.copyOf(users);
        this.accounts = accounts;
        this.cognito = cognito;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        switch (route) {
            case "GET " + USERS_PATH -> listUsers(exchange);
            case "GET " + IDENTITY_PATH -> identity(exchange);
            case "POST " + TOKEN_PATH -> signIn(exchange);
            default -> ApiGatewayResponse.writeProblem(exchange, 404, "Not Found", "No local route " + route);
        }
    }

    private void listUsers(HttpExchange exchange) throws IOException {
        ArrayNode list = json.createArrayNode();
        users.forEach(user -> {
            ObjectNode entry = list.addObject().put("email", user.email()).put("password", user.password())
                    .put("name", user.name()).put("role", user.role()).put("tenantId", user.tenantId());
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

    private void identity(HttpExchange exchange) throws IOException {
        ApiGatewayResponse.of(200, "application/json", json.writeValueAsBytes(json.createObjectNode()
                .put("cognitoEndpoint", cognito.endpoint().toString())
                .put("userPoolId", cognito.userPoolId())
                .put("clientId", cognito.clientId()))).writeTo(exchange);
    }

    private void signIn(HttpExchange exchange) throws IOException {
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
        String idToken;
        try {
            idToken = accounts.signIn(user.get().email(), user.get().password());
        } catch (CognitoIdentityProviderException e) {
            // the person changed their password through the emulator: they sign in there themselves
            ApiGatewayResponse.writeProblem(exchange, 401, "Unauthorized",
                    "The Cognito emulator refused the sign-in: " + e.awsErrorDetails().errorMessage());
            return;
        }
        ApiGatewayResponse.of(200, "application/json", json.writeValueAsBytes(
                json.createObjectNode().put("idToken", idToken))).writeTo(exchange);
    }
}
