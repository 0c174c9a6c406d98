package io.coursedesk.shared.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Publishes domain events to the bus with PutEvents. PutEvents takes at most 10 entries and may accept
 * a request while failing single entries, so entries are sent in batches of 10 and the failed ones are
 * sent again with backoff; if they still fail the caller gets an exception rather than a silent loss.
 */
@Singleton
public class EventPublisher {
    static final int MAX_ENTRIES_PER_REQUEST = 10;
    private static final int MAX_ATTEMPTS = 4;
    private static final long FIRST_BACKOFF_MILLIS = 50;

    private final EventBridgeClient eventBridge;
    private final ObjectMapper json;
    private final String busName;

    public EventPublisher(EventBridgeClient eventBridge, ObjectMapper json,
                          @Value("${coursedesk.event-bus-name}") String busName) {
        this.eventBridge = eventBridge;
        this.json = json;
        this.busName = busName;
    }

    public void publish(String source, DomainEvent... events) {
        publish(source, List.of(events));
    }

    public void publish(String source, List<? extends DomainEvent> events) {
        List<PutEventsRequestEntry> entries = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            entries.add(PutEventsRequestEntry.builder()
                    .eventBusName(busName)
                    .source(source)
                    .detailType(event.detailType())
                    .detail(toJson(event))
                    .time(event.occurredAt())
                    .build());
        }
        for (int from = 0; from < entries.size(); from += MAX_ENTRIES_PER_REQUEST) {
            sendWithRetry(entries.subList(from, Math.min(from + MAX_ENTRIES_PER_REQUEST, entries.size())));
        }
    }

    private void sendWithRetry(List<PutEventsRequestEntry> batch) {
        List<PutEventsRequestEntry> pending = batch;
        long backoff = FIRST_BACKOFF_MILLIS;
        for (int attempt = 1; ; attempt++) {
            PutEventsResponse response = eventBridge.putEvents(PutEventsRequest.builder().entries(pending).build());
            if (response.failedEntryCount() == null || response.failedEntryCount() == 0) {
                return;
            }
            List<PutEventsRequestEntry> failed = new ArrayList<>();
            List<PutEventsResultEntry> results = response.entries();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).errorCode() != null) {
                    failed.add(pending.get(i));
                }
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new EventPublishingException(failed.size() + " event(s) not accepted by the bus: "
                        + results.stream().filter(r -> r.errorCode() != null).findFirst()
                        .map(r -> r.errorCode() + " " + r.errorMessage()).orElse("unknown"));
            }
            pending = failed;
            pause(backoff);
            backoff *= 2;
        }
    }

    private String toJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.detailType(), e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublishingException("interrupted while retrying PutEvents");
        }
    }

    public static class EventPublishingException extends RuntimeException {
        public EventPublishingException(String message) {
            super(message);
        }
    }
}
