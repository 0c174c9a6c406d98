package io.coursedesk.shared.events;

import java.time.Instant;

/** The course was full; the student is on its waiting list. {@code eventId}: {@code EnrolmentWaitlisted:<enrolmentId>}. */
public record EnrolmentWaitlisted(String eventId, String tenantId, Instant occurredAt,
                                  String courseId, String enrolmentId, String studentId,
                                  int position) implements DomainEvent {
    public static EnrolmentWaitlisted of(String tenantId, Instant occurredAt, String courseId, String enrolmentId,
                                         String studentId, int position) {
        return new EnrolmentWaitlisted("EnrolmentWaitlisted:" + enrolmentId, tenantId, occurredAt, courseId,
                enrolmentId, studentId, position);
    }
}
