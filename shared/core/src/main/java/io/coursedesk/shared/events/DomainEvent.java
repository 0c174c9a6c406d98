package io.coursedesk.shared.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A fact one function tells the others through the bus. Implementations are records in this package;
 * the record's simple name is the EventBridge detail-type and the record itself is the detail.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public interface DomainEvent {

    /**
     * Derived from the state change (for example {@code EnrolmentConfirmed:<enrolmentId>}) by each record's
     * {@code of} factory, never random, so a relayed-again or redelivered event keeps its id and consumers can
     * deduplicate on it.
     */
    String eventId();

    /** The provider the event belongs to; consumers read and write only that tenant's data. */
    String tenantId();

    Instant occurredAt();

    default String detailType() {
        return getClass().getSimpleName();
    }
}
