package io.coursedesk.availability;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalLambdaContext;
import io.coursedesk.harness.template.HttpApiRoute;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The availability function as the tests meet it: its real Lambda handler on the local AWS of this JVM, called
 * with API Gateway v2 events routed by template.yaml, and a small HTTP gateway on a loopback port that turns a
 * browser's requests into such events. The public base URL of the answer links is that gateway, so the links
 * in the recorded events open in a browser as they would from a mail.
 */
final class FunctionUnderTest {
    static final String FUNCTION_ID = "AvailabilityFunction";
    /** Headers the event builder sets itself. */
    private static final Set<String> OWN_HEADERS = Set.of("host", "user-agent", "content-length", "content-type", "connection");

    private static FunctionUnderTest instance;

    private final LocalAws aws;
    private final List<HttpApiRoute> routes;
    private final HttpServer gateway;
    private final APIGatewayV2HTTPEventFunction handler;

    private FunctionUnderTest() throws IOException {
        this.aws = LocalAws.get();
        this.routes = aws.template().httpRoutes().stream().filter(r -> r.functionId().equals(FUNCTION_ID)).toList();
        this.gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/", this::forward);
        gateway.start();
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        System.setProperty("coursedesk.availability.link-secret", HexFormat.of().formatHex(key));
        System.setProperty("coursedesk.public-base-url", baseUrl());
        this.handler = new APIGatewayV2HTTPEventFunction();
    }

    static synchronized FunctionUnderTest get() {
        if (instance == null) {
            try {
                instance = new FunctionUnderTest();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    LocalAws aws() {
        return aws;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + gateway.getAddress().getPort();
    }

    <T> T bean(Class<T> type) {
        return handler.getApplicationContext().getBean(type);
    }

    /** Sends the request on the route template.yaml gives it, as API Gateway would. */
    HttpResult call(ApiGatewayEvents.Request request) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(request.routeFrom(aws.template()).toEvent(),
                LocalLambdaContext.of(FUNCTION_ID));
        return HttpResult.of(response);
    }

    String adminToken(String tenantId) {
        return aws.tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            Optional<HttpApiRoute> route = routes.stream().filter(r -> r.match(method, path).isPresent()).findFirst();
            if (route.isEmpty()) {
                send(exchange, 404, "text/plain", "no route".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ApiGatewayEvents.Request request = ApiGatewayEvents.request(method, path).route(route.get());
            if (exchange.getRequestURI().getRawQuery() != null) {
                request.rawQuery(exchange.getRequestURI().getRawQuery());
                for (String pair : exchange.getRequestURI().getQuery().split("&")) {
                    String[] parts = pair.split("=", 2);
                    request.query(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (body.length > 0) {
                request.body(body, exchange.getRequestHeaders().getFirst("Content-Type"));
            }
            HttpResult result = HttpResult.of(handler.handleRequest(request.toEvent(), LocalLambdaContext.of(FUNCTION_ID)));
            result.headers().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("content-length")) {
                    exchange.getResponseHeaders().add(name, value);
                }
            });
            send(exchange, result.status(), null, result.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
