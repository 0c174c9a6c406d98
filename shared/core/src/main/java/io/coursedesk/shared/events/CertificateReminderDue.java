package io.coursedesk.shared.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A student's certificate (the one of enrolment {@code enrolmentId}) of {@code courseType} expires on
 * {@code expiryDate}, within the provider's {@code weeksBefore} weeks: the certificate reminder is due.
 * {@code templateId} null: the Dutch default text. {@code eventId}:
 * {@code CertificateReminderDue:<studentId>:<enrolmentId>:<expiryDate>}, the reminder of this certificate for this
 * expiry, so a run that fires twice publishes the same event.
 */
public record CertificateReminderDue(String eventId, String tenantId, Instant occurredAt, String studentId,
                                     String enrolmentId, String courseId, String courseType, LocalDate expiryDate,
                                     int weeksBefore, String templateId) implements DomainEvent {

    public static CertificateReminderDue of(String tenantId, Instant occurredAt, String studentId, String enrolmentId,
                                            String courseId, String courseType, LocalDate expiryDate, int weeksBefore,
                                            String templateId) {
        return new CertificateReminderDue("CertificateReminderDue:" + studentId + ":" + enrolmentId + ":" + expiryDate,
                tenantId, occurredAt, studentId, enrolmentId, courseId, courseType, expiryDate, weeksBefore,
                templateId);
    }
}
