package io.coursedesk.shared.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OutboxItems;
import io.coursedesk.shared.persistence.Table;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The only way an event leaves a function: as an outbox item in the same TransactWriteItems as the state change it
 * reports, so both are committed or neither is. The outbox relay puts it on the bus from the table's stream, at least
 * once; consumers deduplicate on {@link DomainEvent#eventId()}. Writing the same event again (same id) replaces
 * its item, which relays it again: harmless, and it heals an event whose relay was lost.
 */
@Singleton
public class Outbox {
    private final ObjectMapper json;
    private final Table table;

    public Outbox(ObjectMapper json, Table table) {
        this.json = json;
        this.table = table;
    }

    /** The transaction item that publishes {@code event} under {@code source} (one of {@link EventSources}). */
    public TransactWriteItem put(String source, DomainEvent event) {
        String detail = toJson(event);
        if (!fits(detail)) {
            throw new IllegalArgumentException(event.detailType() + " " + event.eventId() + " is "
                    + detail.getBytes(StandardCharsets.UTF_8).length + " bytes: more than an EventBridge entry holds");
        }
        Item item = Item.create()
                .withAll(OutboxItems.key(event.tenantId(), event.eventId()))
                .with(OutboxItems.TYPE_ATTRIBUTE, OutboxItems.TYPE)
                .with(OutboxItems.EVENT_ID, event.eventId())
                .with(OutboxItems.SOURCE, source)
                .with(OutboxItems.DETAIL_TYPE, event.detailType())
                .with(OutboxItems.DETAIL, detail)
                .with(OutboxItems.OCCURRED_AT, event.occurredAt().toString());
        return TransactWriteItem.builder()
                .put(Put.builder().tableName(table.name()).item(item.attributes()).build())
                .build();
    }

    public List<TransactWriteItem> put(String source, List<? extends DomainEvent> events) {
        return events.stream().map(event -> put(source, event)).toList();
    }

    /**
     * Whether the event can travel: PutEvents takes at most 256 KB per entry, source, detail-type and the rest of
     * the envelope included. A use case whose event carries user text checks this before it changes anything.
     */
    public boolean fits(DomainEvent event) {
        return fits(toJson(event));
    }

    /** The detail's share of the 256 KB entry; the rest of the entry is well under the remaining 16 KB. */
    public static final int MAX_DETAIL_BYTES = 240 * 1024;

    private static boolean fits(String detail) {
        return detail.length() <= MAX_DETAIL_BYTES / 3 || detail.getBytes(StandardCharsets.UTF_8).length <= MAX_DETAIL_BYTES;
    }

    private String toJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.detailType(), e);
        }
    }
}
