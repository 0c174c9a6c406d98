package io.coursedesk.reminders.certificate;

import io.coursedesk.reminders.schedule.ReminderClaims;
import io.coursedesk.reminders.schedule.ReminderProgress;
import io.coursedesk.reminders.schedule.ReminderRun;
import io.coursedesk.reminders.settings.ExpiryReminder;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.events.CertificateReminderDue;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.StudentItems;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider's certificate reminders due at {@code at}: a certificate's reminder is due from the Amsterdam day
 * {@code weeksBefore} weeks before its expiry date until it expires. A run reads the certificates expiring from the
 * day after the last one handled ({@link ReminderProgress}; never before today: none after its expiry)
 * to {@code weeksBefore} weeks ahead, from the index of certificates by expiry date, so it reads what came due
 * since the last run and nothing else, and a run after missed days catches them up. Each is claimed and published
 * once ({@code REMINDER#CERTIFICATE#<enrolmentId>#<expiryDate>} in the student's partition). Whether it was renewed
 * meanwhile is asked when the mail is sent ({@link Certificate#mayBeRemindedOn}), not here: that takes a read per
 * certificate, and a renewal between the run and the mail counts too.
 */
@Singleton
public class CertificateReminders {
    private static final String CLAIM_PREFIX = "REMINDER#CERTIFICATE#";
    private static final ReminderProgress.Of PROGRESS = ReminderProgress.Of.CERTIFICATE_REMINDERS;

    private final CertificateRepository certificates;
    private final ReminderProgress progress;
    private final ReminderClaims publisher;

    public CertificateReminders(CertificateRepository certificates, ReminderProgress progress,
                                ReminderClaims publisher) {
        this.certificates = certificates;
        this.progress = progress;
        this.publisher = publisher;
    }

    public ReminderRun run(String tenantId, ExpiryReminder reminder, Instant at) {
        LocalDate today = at.atZone(Zones.AMSTERDAM).toLocalDate();
        LocalDate through = today.plusWeeks(reminder.weeksBefore());
        LocalDate from = progress.handledThrough(tenantId, PROGRESS).map(last -> last.plusDays(1))
                .filter(next -> next.isAfter(today)).orElse(today);
        if (from.isAfter(through)) {
            return ReminderRun.NONE;
        }
        List<Certificate> due = certificates.expiringBetween(tenantId, from, through);
        int published = 0;
        for (Certificate certificate : due) {
            CertificateReminderDue event = CertificateReminderDue.of(tenantId, at, certificate.studentId(),
                    certificate.enrolmentId(), certificate.courseId(), certificate.courseType(),
                    certificate.expiryDate(), reminder.weeksBefore(), reminder.templateId());
            if (publisher.claimAndPublish(StudentItems.pk(tenantId, certificate.studentId()),
                    CLAIM_PREFIX + certificate.enrolmentId() + "#" + certificate.expiryDate(), event, at)) {
                published++;
            }
        }
        progress.handled(tenantId, PROGRESS, through);
        return new ReminderRun(due.size(), published);
    }
}
