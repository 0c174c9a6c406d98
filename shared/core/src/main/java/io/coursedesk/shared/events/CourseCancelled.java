package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * A provider admin cancelled a course: its participants (confirmed and waiting) are mailed and its instructor links
 * stop working. {@code eventId}: {@code CourseCancelled:<courseId>}.
 */
public record CourseCancelled(String eventId, String tenantId, Instant occurredAt,
                              String courseId) implements DomainEvent {
    public static CourseCancelled of(String tenantId, Instant occurredAt, String courseId) {
        return new CourseCancelled("CourseCancelled:" + courseId, tenantId, occurredAt, courseId);
    }
}
