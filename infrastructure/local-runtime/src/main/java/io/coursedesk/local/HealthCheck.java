package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.ApiGatewayResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: each emulator probed with a real call and each function's execution environment,
 * {@code UP} or {@code DOWN}, and whether the demo world is seeded yet; 200 when everything is up and seeded, 503
 * otherwise (a script that waits for 200 can then sign in as the demo users at once).
 */
final class HealthCheck implements HttpHandler {

    /** A real request to a component that throws when it is not serving. */
    @FunctionalInterface
    interface Probe {
        void check() throws Exception;
    }

    private final Map<String, Probe> emulators = new LinkedHashMap<>();
    private final LocalFunctions functions;
    private final ObjectMapper json;
    private volatile boolean demoWorldReady;

    HealthCheck(LocalFunctions functions, ObjectMapper json) {
        this.functions = functions;
        this.json = json;
    }

    /** The demo world is seeded and the events its seeding caused are handled. */
    void demoWorldReady() {
        demoWorldReady = true;
    }

    HealthCheck emulator(String name, Probe probe) {
        emulators.put(name, probe);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        ObjectNode health = json.createObjectNode();
        ObjectNode emulatorStates = json.createObjectNode();
        boolean up = true;
        for (Map.Entry<String, Probe> emulator : emulators.entrySet()) {
            ObjectNode state = emulatorStates.putObject(emulator.getKey());
            try {
                emulator.getValue().check();
                state.put("status", "UP");
            } catch (Exception e) {
                up = false;
                state.put("status", "DOWN").put("error", String.valueOf(e.getMessage()));
            }
        }
        ObjectNode functionStates = json.createObjectNode();
        for (LambdaJarInvoker function : functions.all()) {
            functionStates.putObject(function.functionName()).put("status", "UP")
                    .put("coldStartMillis", function.coldStart().toMillis());
        }
        up &= demoWorldReady;
        health.put("status", up ? "UP" : "DOWN");
        health.put("demoWorld", demoWorldReady ? "READY" : "SEEDING");
        health.set("emulators", emulatorStates);
        health.set("functions", functionStates);
        ApiGatewayResponse.of(up ? 200 : 503, "application/json", json.writeValueAsBytes(health)).writeTo(exchange);
    }
}
