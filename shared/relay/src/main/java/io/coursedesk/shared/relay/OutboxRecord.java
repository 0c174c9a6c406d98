package io.coursedesk.shared.relay;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.shared.persistence.OutboxItems;
import io.coursedesk.shared.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * An outbox item as one record of a DynamoDB stream event carries it ({@code dynamodb.NewImage} in DynamoDB's
 * attribute-value JSON). Only items that wait to be relayed count: an insert, or an event written again.
 */
record OutboxRecord(String sequenceNumber, String pk, String sk, String eventId, String source, String detailType,
                    String detail, Instant occurredAt) {

    static Optional<OutboxRecord> from(JsonNode record) {
        String eventName = record.path("eventName").asText();
        JsonNode image = record.path("dynamodb").path("NewImage");
        boolean waiting = ("INSERT".equals(eventName) || "MODIFY".equals(eventName))
                && OutboxItems.TYPE.equals(string(image, OutboxItems.TYPE_ATTRIBUTE))
                && !image.has(OutboxItems.RELAYED_AT);
        if (!waiting) {
            return Optional.empty();
        }
        return Optional.of(new OutboxRecord(record.path("dynamodb").path("SequenceNumber").asText(),
                string(image, Table.PK), string(image, Table.SK), string(image, OutboxItems.EVENT_ID),
                string(image, OutboxItems.SOURCE), string(image, OutboxItems.DETAIL_TYPE),
                string(image, OutboxItems.DETAIL), Instant.parse(string(image, OutboxItems.OCCURRED_AT))));
    }

    private static String string(JsonNode image, String attribute) {
        JsonNode value = image.path(attribute).path("S");
        return value.isTextual() ? value.asText() : null;
    }
}
