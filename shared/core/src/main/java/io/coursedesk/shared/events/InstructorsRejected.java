package io.coursedesk.shared.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * The provider sent "already covered" to everyone else who said available or did not answer.
 * {@code eventId}: {@code InstructorsRejected:<courseId>:<sentAt epoch millis>}; consumers deduplicate per
 * instructor within it.
 */
public record InstructorsRejected(String eventId, String tenantId, Instant occurredAt,
                                  String courseId, List<RejectedInstructor> instructors) implements DomainEvent {
    /** One event per sending, identified by the sending's time. */
    public static InstructorsRejected of(String tenantId, Instant sentAt, String courseId,
                                         List<RejectedInstructor> instructors) {
        return new InstructorsRejected("InstructorsRejected:" + courseId + ":" + sentAt.toEpochMilli(), tenantId,
                sentAt, courseId, instructors);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RejectedInstructor(String instructorId, String name, String email) {
    }
}
