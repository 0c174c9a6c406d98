package io.coursedesk.shared.persistence;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Outbox items: one per event, {@code PK=T#<t>#OUTBOX, SK=<eventId>}, written in the transaction of the state change
 * the event reports and relayed to the bus from the table's stream. A tenant's events share one partition, so the
 * stream hands them to the relay in commit order. Once relayed an item carries {@code relayedAt} and a TTL.
 */
public final class OutboxItems {
    /** What the stream filter and the relay recognise an outbox item by. */
    public static final String TYPE = "OutboxEvent";
    public static final String TYPE_ATTRIBUTE = "type";
    public static final String EVENT_ID = "eventId";
    public static final String SOURCE = "source";
    public static final String DETAIL_TYPE = "detailType";
    public static final String DETAIL = "detail";
    public static final String OCCURRED_AT = "occurredAt";
    public static final String RELAYED_AT = "relayedAt";

    private OutboxItems() {
    }

    public static String pk(String tenantId) {
        return Keys.collection(tenantId, "OUTBOX");
    }

    public static Map<String, AttributeValue> key(String tenantId, String eventId) {
        return TableReads.key(pk(tenantId), eventId);
    }
}
