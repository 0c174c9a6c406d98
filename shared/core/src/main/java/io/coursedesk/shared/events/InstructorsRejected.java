package io.coursedesk.shared.events;

import java.time.Instant;
import java.util.List;

/**
 * The provider sent "already covered" to everyone else who said available or did not answer.
 * {@code eventId}: {@code InstructorsRejected:<courseId>:<round-or-timestamp>}; consumers deduplicate per
 * instructor within it.
 */
public record InstructorsRejected(String eventId, String tenantId, Instant occurredAt,
                                  String courseId, List<RejectedInstructor> instructors) implements DomainEvent {

    public record RejectedInstructor(String instructorId, String name, String email) {
    }
}
