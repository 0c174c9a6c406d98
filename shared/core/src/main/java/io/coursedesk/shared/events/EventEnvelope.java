package io.coursedesk.shared.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;

/**
 * The EventBridge envelope a rule delivers to a consumer. {@code id} is EventBridge's own id (new on every
 * PutEvents); consumers deduplicate on the detail's {@code eventId} instead.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(String id,
                            @JsonProperty("detail-type") String detailType,
                            String source,
                            Instant time,
                            JsonNode detail) {

    public <T extends DomainEvent> T detailAs(Class<T> type, ObjectMapper json) {
        try {
            return json.treeToValue(detail, type);
        } catch (Exception e) {
            throw new IllegalArgumentException("event " + id + " is not a valid " + type.getSimpleName(), e);
        }
    }
}
