package io.coursedesk.operations.redrive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The original event inside a dead-letter message, and the shape that carried it. The dispatch queue receives two
 * shapes: from a rule whose target could not be invoked, the message body is the EventBridge event itself; from
 * Lambda's on-failure destination, after the function's own retries, it is Lambda's invocation record with the
 * event as {@code requestPayload}.
 *
 * @param detailJson the event's detail as sent to PutEvents: it keeps its {@code eventId}, so consumers that
 *                   already handled it skip it
 */
public record DeadLetteredEvent(Shape shape, String originalId, String source, String detailType, String detailJson,
                                List<String> resources) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Shape {
        /** The body is the EventBridge event ({@code version, id, detail-type, source, ..., detail}). */
        EVENTBRIDGE_EVENT("EventBridge events (the rule could not invoke its target)"),
        /** The body is Lambda's record ({@code requestContext, requestPayload, responseContext, responsePayload}). */
        LAMBDA_FAILURE_RECORD("Lambda on-failure records (the function failed its retries)");

        private final String description;

        Shape(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The event in this message body, or empty when the body is neither shape (then it is not redriven). */
    public static Optional<DeadLetteredEvent> recognise(String body) {
        JsonNode message;
        try {
            message = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (message == null || !message.isObject()) {
            return Optional.empty();
        }
        if (message.path("requestContext").isObject() && message.has("requestPayload")) {
            return fromEnvelope(Shape.LAMBDA_FAILURE_RECORD, message.path("requestPayload"));
        }
        return fromEnvelope(Shape.EVENTBRIDGE_EVENT, message);
    }

    private static Optional<DeadLetteredEvent> fromEnvelope(Shape shape, JsonNode envelope) {
        JsonNode source = envelope.path("source");
        JsonNode detailType = envelope.path("detail-type");
        JsonNode detail = envelope.path("detail");
        if (!source.isTextual() || source.asText().isBlank() || !detailType.isTextual() || detailType.asText().isBlank()
                || !detail.isObject()) {
            return Optional.empty();
        }
        List<String> resources = new ArrayList<>();
        envelope.path("resources").forEach(resource -> resources.add(resource.asText()));
        return Optional.of(new DeadLetteredEvent(shape, envelope.path("id").asText(null), source.asText(),
                detailType.asText(), detail.toString(), List.copyOf(resources)));
    }
}
