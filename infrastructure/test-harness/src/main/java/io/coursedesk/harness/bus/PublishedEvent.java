package io.coursedesk.harness.bus;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One event the bus accepted.
 *
 * @param envelope     the full EventBridge envelope as delivered to targets
 * @param matchedRules the rules ({@code FunctionId.EventName}) whose pattern matched it
 */
public record PublishedEvent(String busName, JsonNode envelope, List<String> matchedRules) {

    public String id() {
        return envelope.path("id").asText();
    }

    public String source() {
        return envelope.path("source").asText();
    }

    public String detailType() {
        return envelope.path("detail-type").asText();
    }

    public JsonNode detail() {
        return envelope.path("detail");
    }

    public String envelopeJson() {
        return envelope.toString();
    }
}
