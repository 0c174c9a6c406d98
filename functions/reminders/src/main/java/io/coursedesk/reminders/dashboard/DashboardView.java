package io.coursedesk.reminders.dashboard;

import io.coursedesk.reminders.equipment.EquipmentCertificationView;
import io.micronaut.core.annotation.Introspected;

import io.coursedesk.shared.domain.NoteKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What needs a provider admin's attention on {@code date}. Each section shows at most {@link Dashboard#SECTION_LIMIT}
 * rows, earliest first, and says whether there are {@code more}.
 */
@Introspected
public record DashboardView(LocalDate date, Section<EquipmentCertificationView> equipmentCertifications,
                            ExpiringCertificates expiringCertificates,
                            Section<CourseWithoutLead> coursesWithoutLeadInstructor,
                            Section<NoteFailedToSend> notesFailedToSend) {

    @Introspected
    public record Section<T>(List<T> items, boolean more) {
    }

    /** Certificates expiring from today up to the certificate reminder's {@code weeksBefore}. */
    @Introspected
    public record ExpiringCertificates(int weeksAhead, List<ExpiringCertificate> items, boolean more) {
    }

    @Introspected
    public record ExpiringCertificate(String studentId, String studentName, String enrolmentId, String courseType,
                                      LocalDate expiryDate) {
    }

    /** A course starting within a week that has no lead instructor assigned or confirmed. */
    @Introspected
    public record CourseWithoutLead(String courseId, String type, LocalDate firstDay, String location,
                                    int confirmedCount) {
    }

    /**
     * A debit or credit note whose mail to the payer failed ({@code reason}: the mail log's error, or no valid
     * payer address) and has not gone out since; {@code amountCents} in euro cents.
     */
    @Introspected
    public record NoteFailedToSend(NoteKind kind, String noteNumber, LocalDate issuedOn, String payerName,
                              String payerEmail, String courseId, String courseType, LocalDate courseFirstDay,
                              String participantName, long amountCents, String reason, Instant failedAt) {
    }
}
