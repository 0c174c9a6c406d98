package io.coursedesk.invitations.dispatch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy in front of the SES emulator that answers the next requests with scripted SES errors
 * (throttling, 5xx, a refused message) and forwards everything else unchanged: the SDK client under test
 * meets real error responses on the wire, not a mock.
 */
final class SesFaultProxy implements AutoCloseable {
    private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection", "expect",
            "transfer-encoding", "upgrade");

    private final URI target;
    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();

    record Fault(int status, String errorType, String message) {
        static final Fault THROTTLING = new Fault(429, "TooManyRequestsException", "Maximum sending rate exceeded.");
        static final Fault UNAVAILABLE = new Fault(503, "ServiceUnavailable", "Service unavailable.");
        static final Fault REJECTED = new Fault(400, "MessageRejected", "Email address is not verified.");
    }

    SesFaultProxy(URI target) {
        this.target = target;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code times} requests get this error. */
    void fail(int times, Fault fault) {
        for (int i = 0; i < times; i++) {
            faults.add(fault);
        }
    }

    /** Every request from now on gets this error, until {@link #reset()}. */
    void failAlways(Fault fault) {
        fail(1000, fault);
    }

    void reset() {
        faults.clear();
        requests.set(0);
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        Fault fault = faults.poll();
        if (fault != null) {
            byte[] error = ("{\"message\":\"" + fault.message() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("x-amzn-ErrorType", fault.errorType());
            exchange.sendResponseHeaders(fault.status(), error.length);
            exchange.getResponseBody().write(error);
            exchange.close();
            return;
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase())) {
                values.forEach(value -> forward.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
