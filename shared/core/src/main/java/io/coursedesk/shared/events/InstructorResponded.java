package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * An instructor answered an invitation. {@code answer} is {@code AVAILABLE} or {@code UNAVAILABLE}.
 * {@code eventId}: {@code InstructorResponded:<courseId>:<instructorId>:<round>:<answer>}.
 */
public record InstructorResponded(String eventId, String tenantId, Instant occurredAt,
                                  String courseId, String instructorId, String instructorName,
                                  int round, String answer) implements DomainEvent {
    public static InstructorResponded of(String tenantId, Instant occurredAt, String courseId, String instructorId,
                                         String instructorName, int round, String answer) {
        return new InstructorResponded("InstructorResponded:" + courseId + ":" + instructorId + ":" + round + ":"
                + answer, tenantId, occurredAt, courseId, instructorId, instructorName, round, answer);
    }
}
