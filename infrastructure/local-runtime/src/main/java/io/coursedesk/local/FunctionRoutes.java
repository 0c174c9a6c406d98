package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The local HTTP API: picks the template's route for each request, applies the JWT authorizer unless the
 * route opts out, and invokes the owning function's jar with a payload 2.0 event.
 */
final class FunctionRoutes implements HttpHandler {

    private final SamTemplate template;
    private final LocalFunctions functions;
    private final LocalJwtAuthorizer authorizer;
    private final ObjectMapper json;
    private final HttpApiEvents events;

    FunctionRoutes(SamTemplate template, LocalFunctions functions, LocalJwtAuthorizer authorizer, ObjectMapper json) {
        this.template = template;
        this.functions = functions;
        this.authorizer = authorizer;
        this.json = json;
        this.events = new HttpApiEvents(json);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Optional<HttpApiRoute> route = template.route(method, path);
        if (route.isEmpty()) {
            Problems.send(exchange, 404, "Not Found", "No route " + method + " " + path + " in template.yaml");
            return;
        }
        Map<String, String> claims = Map.of();
        if (!route.get().publicRoute()) {
            Optional<Map<String, String>> verified = authorizer.authorize(exchange.getRequestHeaders().getFirst("Authorization"));
            if (verified.isEmpty()) {
                Problems.send(exchange, 401, "Unauthorized", "A valid bearer token is required (POST /local/token)");
                return;
            }
            claims = verified.get();
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> pathParameters = route.get().match(method, path).orElseThrow();
        byte[] event = json.writeValueAsBytes(events.toEvent(exchange, route.get(), pathParameters, claims, body));
        byte[] response;
        try {
            response = functions.get(route.get().functionId()).invoke(event);
        } catch (LambdaInvocationException e) {
            System.err.println(route.get().routeKey() + ": " + e.getMessage());
            Problems.send(exchange, 500, "Internal Server Error", route.get().functionId() + " failed");
            return;
        }
        HttpApiResponses.write(exchange, json.readTree(response));
    }
}
