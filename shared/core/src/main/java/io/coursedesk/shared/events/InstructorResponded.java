package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * An instructor answered an invitation. {@code answer} is {@code AVAILABLE} or {@code UNAVAILABLE}.
 * {@code eventId}: {@code InstructorResponded:<courseId>:<instructorId>:<round>:<answer>}.
 */
public record InstructorResponded(String eventId, String tenantId, Instant occurredAt,
                                  String courseId, String instructorId, String instructorName,
                                  int round, String answer) implements DomainEvent {
}
