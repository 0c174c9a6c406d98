package io.coursedesk.harness.bus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.AwsJsonProtocol;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;

/**
 * The EventBridge wire protocol (AWS JSON 1.1) for the one operation functions use: PutEvents.
 * Request-level limits are answered as AWS answers them, so a publisher that sends too much fails here too.
 */
final class PutEventsHandler implements HttpHandler {

    private static final String PUT_EVENTS = "AWSEvents.PutEvents";
    private static final ObjectMapper JSON = AwsJsonProtocol.JSON;

    private final LocalEventBus bus;

    PutEventsHandler(LocalEventBus bus) {
        this.bus = bus;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String operation = AwsJsonProtocol.operation(exchange);
            if (!PUT_EVENTS.equals(operation)) {
                AwsJsonProtocol.error(exchange, "UnknownOperationException", "the local event bus only supports PutEvents, not " + operation);
                return;
            }
            byte[] body = AwsJsonProtocol.body(exchange);
            JsonNode request;
            try {
                request = JSON.readTree(body);
            } catch (IOException e) {
                AwsJsonProtocol.error(exchange, "SerializationException", "request body is not JSON");
                return;
            }
            JsonNode entries = request.path("Entries");
            if (!entries.isArray() || entries.isEmpty() || entries.size() > LocalEventBus.MAX_ENTRIES_PER_REQUEST) {
                AwsJsonProtocol.error(exchange, "ValidationException", "1 validation error detected: Value at 'entries' failed to satisfy "
                        + "constraint: Member must have length between 1 and " + LocalEventBus.MAX_ENTRIES_PER_REQUEST);
                return;
            }
            if (entriesSize(entries) > LocalEventBus.MAX_REQUEST_BYTES) {
                AwsJsonProtocol.error(exchange, "ValidationException", "Total size of the entries in the request is over the limit.");
                return;
            }
            AwsJsonProtocol.respond(exchange, 200, answer(bus.put(read(entries))));
        }
    }

    private static List<PutEventsEntry> read(JsonNode entries) {
        List<PutEventsEntry> result = new ArrayList<>();
        for (JsonNode entry : entries) {
            List<String> resources = new ArrayList<>();
            entry.path("Resources").forEach(r -> resources.add(r.asText()));
            result.add(new PutEventsEntry(text(entry, "Source"), text(entry, "DetailType"), text(entry, "Detail"),
                    text(entry, "EventBusName"), resources, time(entry.path("Time"))));
        }
        return result;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** AWS JSON 1.1 sends timestamps as epoch seconds with a fraction. */
    private static Instant time(JsonNode value) {
        if (!value.isNumber()) {
            return null;
        }
        BigDecimal seconds = value.decimalValue();
        return Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    /** What AWS counts against the 256 KB limit: source, detail-type, detail and resources. */
    private static long entriesSize(JsonNode entries) {
        long size = 0;
        for (JsonNode entry : entries) {
            size += utf8(entry.path("Source").asText()) + utf8(entry.path("DetailType").asText())
                    + utf8(entry.path("Detail").asText()) + (entry.has("Time") ? 14 : 0);
            for (JsonNode resource : entry.path("Resources")) {
                size += utf8(resource.asText());
            }
        }
        return size;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static ObjectNode answer(List<PutEventsResult> results) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode entries = JSON.createArrayNode();
        int failed = 0;
        for (PutEventsResult result : results) {
            ObjectNode entry = entries.addObject();
            if (result.isFailed()) {
                failed++;
                entry.put("ErrorCode", result.errorCode()).put("ErrorMessage", result.errorMessage());
            } else {
                entry.put("EventId", result.eventId());
            }
        }
        answer.put("FailedEntryCount", failed);
        answer.set("Entries", entries);
        return answer;
    }
}
