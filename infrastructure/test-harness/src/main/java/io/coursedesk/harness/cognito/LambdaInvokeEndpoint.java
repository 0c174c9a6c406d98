package io.coursedesk.harness.cognito;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lambda's Invoke API on a loopback port, as the Cognito emulator calls its triggers:
 * {@code POST /2015-03-31/functions/{name}/invocations} with the event as the body, answered with the function's
 * output; a failed function answers 200 with {@code X-Amz-Function-Error: Unhandled} and an {@code errorMessage},
 * as Lambda does. The function named is a logical id of the template; {@link #target} says what runs it.
 */
public final class LambdaInvokeEndpoint implements AutoCloseable {

    private static final Pattern INVOCATION = Pattern.compile("/2015-03-31/functions/([^/]+)/invocations");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private volatile TriggerTarget target;

    private LambdaInvokeEndpoint(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static LambdaInvokeEndpoint start() {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            LambdaInvokeEndpoint endpoint = new LambdaInvokeEndpoint(server, threads);
            server.createContext("/", endpoint::invoke);
            server.start();
            return endpoint;
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("cannot start the local Lambda Invoke API", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** What runs the invoked functions from now on ({@code null}: none, every invocation fails). */
    public void target(TriggerTarget target) {
        this.target = target;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            Matcher invocation = INVOCATION.matcher(exchange.getRequestURI().getPath());
            if (!"POST".equals(exchange.getRequestMethod()) || !invocation.matches()) {
                answer(exchange, 404, null, "{\"message\":\"no such Lambda API\"}");
                return;
            }
            String event = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            TriggerTarget current = target;
            if (current == null) {
                answer(exchange, 404, null, "{\"message\":\"no function runs here\"}");
                return;
            }
            String output;
            try {
                output = current.invoke(invocation.group(1), event);
            } catch (Exception e) {
                answer(exchange, 200, "Unhandled", JSON.createObjectNode()
                        .put("errorMessage", String.valueOf(e.getMessage()))
                        .put("errorType", e.getClass().getSimpleName()).toString());
                return;
            }
            answer(exchange, 200, null, output);
        }
    }

    private static void answer(HttpExchange exchange, int status, String functionError, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (functionError != null) {
            exchange.getResponseHeaders().set("X-Amz-Function-Error", functionError);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
