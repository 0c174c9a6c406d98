package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * A student got a seat. {@code payerOrganisationId} is null when the student pays themself.
 * {@code eventId}: {@code EnrolmentConfirmed:<enrolmentId>}.
 */
public record EnrolmentConfirmed(String eventId, String tenantId, Instant occurredAt,
                                 String courseId, String enrolmentId, String studentId,
                                 String payerOrganisationId) implements DomainEvent {
    public static EnrolmentConfirmed of(String tenantId, Instant occurredAt, String courseId, String enrolmentId,
                                        String studentId, String payerOrganisationId) {
        return new EnrolmentConfirmed("EnrolmentConfirmed:" + enrolmentId, tenantId, occurredAt, courseId, enrolmentId,
                studentId, payerOrganisationId);
    }
}
