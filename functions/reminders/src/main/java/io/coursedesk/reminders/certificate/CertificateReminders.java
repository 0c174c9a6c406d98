package io.coursedesk.reminders.certificate;

import io.coursedesk.reminders.schedule.DueEntries;
import io.coursedesk.reminders.schedule.ReminderClaims;
import io.coursedesk.reminders.schedule.ReminderProgress;
import io.coursedesk.reminders.schedule.ReminderRun;
import io.coursedesk.reminders.settings.ExpiryReminder;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.events.CertificateReminderDue;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.StudentItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's certificate reminders due at {@code at}: a certificate's reminder is due from the Amsterdam day
 * {@code weeksBefore} weeks before its expiry date until it expires. A run reads the certificates expiring from the
 * day after the last one handled ({@link ReminderProgress}; never before today: none after its expiry)
 * to {@code weeksBefore} weeks ahead, from the index of certificates by expiry date, so it reads what came due
 * since the last run and nothing else, and a run after missed days catches them up. Each is claimed and published
 * once ({@code REMINDER#CERTIFICATE#<enrolmentId>#<expiryDate>} in the student's partition). Whether it was renewed
 * meanwhile is asked when the mail is sent ({@link Certificate#mayBeRemindedOn}), not here: that takes a read per
 * certificate, and a renewal between the run and the mail counts too. A certificate recorded when the run had
 * already read past its expiry date is taken in from {@link CertificateItems#RECORDED_LATE} ({@link #runLate}).
 */
@Singleton
public class CertificateReminders {
    private static final String CLAIM_PREFIX = "REMINDER#CERTIFICATE#";
    private static final ReminderProgress.Of PROGRESS = ReminderProgress.Of.CERTIFICATE_REMINDERS;

    private final CertificateRepository certificates;
    private final ReminderProgress progress;
    private final ReminderClaims publisher;
    private final TableReads reads;
    private final Transactions transactions;

    public CertificateReminders(CertificateRepository certificates, ReminderProgress progress,
                                ReminderClaims publisher, TableReads reads, Transactions transactions) {
        this.certificates = certificates;
        this.progress = progress;
        this.publisher = publisher;
        this.reads = reads;
        this.transactions = transactions;
    }

    /**
     * The certificates recorded up to {@code at} whose expiry date was near then, of every provider; {@code reminders}
     * names the providers with certificate reminders on. One whose expiry date that provider's runs have read past
     * is reminded here (under the same claim as {@link #run}, so once) if its reminder is due; one the runs will
     * still read, or that gets no reminder (expired, reminders off), only leaves the list; one whose reminder lies
     * ahead of a run that read past it (the reminder's weeks were shortened) waits on the list.
     * Run before {@link #run}, which then moves the providers' progress.
     */
    public ReminderRun runLate(Map<String, ExpiryReminder> reminders, Instant at) {
        LocalDate today = at.atZone(Zones.AMSTERDAM).toLocalDate();
        Map<String, Optional<LocalDate>> readThrough = new HashMap<>();
        int due = 0;
        int published = 0;
        for (Item entry : DueEntries.through(reads, CertificateItems.RECORDED_LATE, today)) {
            Certificate certificate = CertificateItems.fromItem(entry);
            ExpiryReminder reminder = reminders.get(certificate.tenantId());
            boolean readPast = reminder != null && readThrough.computeIfAbsent(certificate.tenantId(),
                            tenantId -> progress.handledThrough(tenantId, PROGRESS))
                    .filter(through -> !certificate.expiryDate().isAfter(through)).isPresent();
            if (readPast && certificate.expiryDate().minusWeeks(reminder.weeksBefore()).isAfter(today)) {
                continue;
            }
            if (readPast && !certificate.expiryDate().isBefore(today)) {
                due++;
                published += claimAndPublish(certificate, reminder, at) ? 1 : 0;
            }
            leaveLateList(certificate, entry.string(Table.GSI2_SK));
        }
        return new ReminderRun(due, published);
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
            if (claimAndPublish(certificate, reminder, at)) {
                published++;
            }
        }
        progress.handled(tenantId, PROGRESS, through);
        return new ReminderRun(due.size(), published);
    }

    /** Takes the certificate off the list, unless it was recorded again meanwhile (a new entry). */
    private void leaveLateList(Certificate certificate, String entryKey) {
        transactions.write(List.of(ItemUpdate.of(CertificateItems.key(certificate.tenantId(), certificate.studentId(),
                        certificate.enrolmentId()))
                .remove(Table.GSI2_PK).remove(Table.GSI2_SK)
                .condition("#late = :read").name("#late", Table.GSI2_SK).value(":read", Item.s(entryKey))
                .toTransactItem(transactions.tableName())));
    }

    private boolean claimAndPublish(Certificate certificate, ExpiryReminder reminder, Instant at) {
        String tenantId = certificate.tenantId();
        CertificateReminderDue event = CertificateReminderDue.of(tenantId, at, certificate.studentId(),
                certificate.enrolmentId(), certificate.courseId(), certificate.courseType(),
                certificate.expiryDate(), reminder.weeksBefore(), reminder.templateId());
        return publisher.claimAndPublish(StudentItems.pk(tenantId, certificate.studentId()),
                CLAIM_PREFIX + certificate.enrolmentId() + "#" + certificate.expiryDate(), event, at);
    }
}
