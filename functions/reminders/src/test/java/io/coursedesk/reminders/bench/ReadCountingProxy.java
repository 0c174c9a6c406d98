package io.coursedesk.reminders.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands between one client and DynamoDB Local and counts the items DynamoDB read for it: a Query's or Scan's
 * {@code ScannedCount} (what was read before any filter), a GetItem's item, a BatchGetItem's items. The client is
 * pointed here with {@code coursedesk.aws.endpoint.dynamodb}; everything passes through unchanged. The JVM needs
 * {@code -Dsun.net.httpserver.nodelay=true}: the server writes an answer's headers and body apart, and without it
 * Nagle's algorithm and the client's delayed acknowledgement hold every answer back some 40 ms.
 */
final class ReadCountingProxy implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI target;
    private final AtomicLong itemsRead = new AtomicLong();
    private final AtomicLong scans = new AtomicLong();

    private ReadCountingProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::forward);
        server.start();
    }

    static ReadCountingProxy start(URI dynamoDb) throws IOException {
        return new ReadCountingProxy(dynamoDb);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    long itemsRead() {
        return itemsRead.get();
    }

    long scans() {
        return scans.get();
    }

    void reset() {
        itemsRead.set(0);
        scans.set(0);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                count(exchange.getRequestHeaders().getFirst("X-Amz-Target"), response.body());
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase()) && !name.equalsIgnoreCase("transfer-encoding")
                        && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, List.copyOf(values));
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private void count(String target, byte[] body) throws IOException {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return;
        }
        JsonNode answer = JSON.readTree(body);
        switch (target.substring(TARGET_PREFIX.length())) {
            case "Query" -> itemsRead.addAndGet(answer.path("ScannedCount").asLong());
            case "Scan" -> {
                scans.incrementAndGet();
                itemsRead.addAndGet(answer.path("ScannedCount").asLong());
            }
            case "GetItem" -> itemsRead.addAndGet(answer.has("Item") ? 1 : 0);
            case "BatchGetItem" -> {
                answer.path("Responses").forEach(items -> itemsRead.addAndGet(items.size()));
            }
            default -> {
                // writes read nothing the run asked for
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
