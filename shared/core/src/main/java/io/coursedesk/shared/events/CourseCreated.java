package io.coursedesk.shared.events;

import java.time.Instant;
import java.time.LocalDate;

/** A provider admin created a course. {@code eventId}: {@code CourseCreated:<courseId>}. */
public record CourseCreated(String eventId, String tenantId, Instant occurredAt,
                            String courseId, String courseType, LocalDate firstDay) implements DomainEvent {
    public static CourseCreated of(String tenantId, Instant occurredAt, String courseId, String courseType,
                                   LocalDate firstDay) {
        return new CourseCreated("CourseCreated:" + courseId, tenantId, occurredAt, courseId, courseType, firstDay);
    }
}
