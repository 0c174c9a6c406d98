package io.coursedesk.shared.events;

import java.time.Instant;

/** A freed seat went to the first on the waiting list. {@code eventId}: {@code EnrolmentPromoted:<enrolmentId>}. */
public record EnrolmentPromoted(String eventId, String tenantId, Instant occurredAt,
                                String courseId, String enrolmentId, String studentId) implements DomainEvent {
    public static EnrolmentPromoted of(String tenantId, Instant occurredAt, String courseId, String enrolmentId,
                                       String studentId) {
        return new EnrolmentPromoted("EnrolmentPromoted:" + enrolmentId, tenantId, occurredAt, courseId, enrolmentId,
                studentId);
    }
}
