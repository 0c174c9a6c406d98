package io.coursedesk.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The HTTP API on a loopback port: each request goes to the route {@code template.yaml} gives it, past the
 * authorizer unless the route opts out, and on to the route's function as a payload 2.0 event in JSON; the
 * function's JSON response goes back to the client as API Gateway sends it. A function is anything that turns
 * event JSON into response JSON: a Lambda jar in a class loader of its own, or a handler on the test's classpath.
 * Paths outside the template can be served by handlers of their own ({@link #context(String, HttpHandler)}).
 */
public final class HttpApiGateway implements AutoCloseable {

    private static final int REQUEST_THREADS = 8;

    private final SamTemplate template;
    private final Predicate<String> authorizer;
    private final Map<String, Function<String, String>> functions = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService requestThreads;

    private HttpApiGateway(SamTemplate template, Predicate<String> authorizer, HttpServer server,
                           ExecutorService requestThreads) {
        this.template = template;
        this.authorizer = authorizer;
        this.server = server;
        this.requestThreads = requestThreads;
    }

    /**
     * Starts the gateway on {@code port} (0: any free one).
     *
     * @param authorizer given the {@code Authorization} header ({@code null} when there is none), whether a
     *                   request may reach a route that does not opt out of the authorizer
     */
    public static HttpApiGateway start(SamTemplate template, int port, Predicate<String> authorizer) {
        ExecutorService requestThreads = Executors.newFixedThreadPool(REQUEST_THREADS);
        try {
            // loopback only: local tokens are for this machine
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setExecutor(requestThreads);
            HttpApiGateway gateway = new HttpApiGateway(template, authorizer, server, requestThreads);
            server.createContext("/", gateway::route);
            server.start();
            return gateway;
        } catch (IOException e) {
            requestThreads.shutdownNow();
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
    }

    /** Starts a gateway without authorizer: the functions check tokens themselves, as they do behind one. */
    public static HttpApiGateway start(SamTemplate template, int port) {
        return start(template, port, authorization -> true);
    }

    /** From now on the template's routes of this function reach it; until then they answer 404. */
    public HttpApiGateway function(String functionId, Function<String, String> eventToResponseJson) {
        functions.put(functionId, eventToResponseJson);
        return this;
    }

    /** Serves the paths under this prefix with a handler of their own instead of the template's routes. */
    public HttpApiGateway context(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, handler);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        Optional<HttpApiRoute> route = template.route(method, path);
        Function<String, String> function = route.map(r -> functions.get(r.functionId())).orElse(null);
        if (function == null) {
            ApiGatewayResponse.writeProblem(exchange, 404, "Not Found",
                    "No route " + method + " " + path + " in template.yaml");
            return;
        }
        if (!route.get().publicRoute() && !authorizer.test(exchange.getRequestHeaders().getFirst("Authorization"))) {
            ApiGatewayResponse.writeProblem(exchange, 401, "Unauthorized", "A valid bearer token is required");
            return;
        }
        String event = ApiGatewayEvents.from(exchange).route(route.get()).toJson();
        String response;
        try {
            response = function.apply(event);
        } catch (RuntimeException e) {
            System.err.println(route.get().routeKey() + ": " + e.getMessage());
            ApiGatewayResponse.writeProblem(exchange, 500, "Internal Server Error", route.get().functionId() + " failed");
            return;
        }
        ApiGatewayResponse.fromJson(response).writeTo(exchange);
    }
}
