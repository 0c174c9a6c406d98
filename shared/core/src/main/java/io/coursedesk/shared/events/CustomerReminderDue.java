package io.coursedesk.shared.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An organisation's customer reminder is due: {@code weeksBefore} weeks before {@code month} begins, the
 * certificates of its students that expire in that month, for one mail to its contact person. {@code templateId}
 * null: the Dutch default text. {@code eventId}: {@code CustomerReminderDue:<organisationId>:<month>}, so a run that
 * fires twice publishes the same event.
 */
public record CustomerReminderDue(String eventId, String tenantId, Instant occurredAt, String organisationId,
                                  YearMonth month, List<ExpiringCertificate> certificates, int weeksBefore,
                                  String templateId) implements DomainEvent {

    public static CustomerReminderDue of(String tenantId, Instant occurredAt, String organisationId, YearMonth month,
                                         List<ExpiringCertificate> certificates, int weeksBefore, String templateId) {
        return new CustomerReminderDue("CustomerReminderDue:" + organisationId + ":" + month, tenantId, occurredAt,
                organisationId, month, List.copyOf(certificates), weeksBefore, templateId);
    }

    /** A certificate (the one of enrolment {@code enrolmentId}) of the organisation's student that expires. */
    public record ExpiringCertificate(String studentId, String enrolmentId, String courseType, LocalDate expiryDate) {
    }
}
