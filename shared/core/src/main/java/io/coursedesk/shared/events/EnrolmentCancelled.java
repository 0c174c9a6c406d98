package io.coursedesk.shared.events;

import java.time.Instant;

/** An enrolment (confirmed or waiting) was cancelled before the course started. {@code eventId}: {@code EnrolmentCancelled:<enrolmentId>}. */
public record EnrolmentCancelled(String eventId, String tenantId, Instant occurredAt,
                                 String courseId, String enrolmentId, String studentId,
                                 boolean wasConfirmed) implements DomainEvent {
    public static EnrolmentCancelled of(String tenantId, Instant occurredAt, String courseId, String enrolmentId,
                                        String studentId, boolean wasConfirmed) {
        return new EnrolmentCancelled("EnrolmentCancelled:" + enrolmentId, tenantId, occurredAt, courseId, enrolmentId,
                studentId, wasConfirmed);
    }
}
