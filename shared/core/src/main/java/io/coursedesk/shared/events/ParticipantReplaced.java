package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * A colleague took over an enrolment before the course started.
 * {@code eventId}: {@code ParticipantReplaced:<enrolmentId>:<studentId>}.
 */
public record ParticipantReplaced(String eventId, String tenantId, Instant occurredAt,
                                  String courseId, String enrolmentId, String previousStudentId,
                                  String studentId) implements DomainEvent {
    public static ParticipantReplaced of(String tenantId, Instant occurredAt, String courseId, String enrolmentId,
                                         String previousStudentId, String studentId) {
        return new ParticipantReplaced("ParticipantReplaced:" + enrolmentId + ":" + studentId, tenantId, occurredAt,
                courseId, enrolmentId, previousStudentId, studentId);
    }
}
