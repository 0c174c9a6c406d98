package io.coursedesk.reminders.customer;

import io.coursedesk.reminders.schedule.ReminderClaims;
import io.coursedesk.reminders.schedule.ReminderProgress;
import io.coursedesk.reminders.schedule.ReminderRun;
import io.coursedesk.reminders.settings.ExpiryReminder;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.CustomerReminderDue;
import io.coursedesk.shared.events.CustomerReminderDue.ExpiringCertificate;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A provider's customer reminders due at {@code at}: {@code weeksBefore} weeks before a month begins (Amsterdam
 * days), one reminder per organisation listing its students' certificates that expire in that month. A run handles
 * every month from the one after the last it handled ({@link ReminderProgress}; never before the current month, and
 * of that only what has not expired) to the month that begins within {@code weeksBefore} weeks, so a run after missed
 * days catches up. Each month's certificates are read from the index by expiry date, their students in one batch
 * (a student's current organisation decides; students without one have no customer), and each organisation's
 * reminder is claimed and published once ({@code REMINDER#CUSTOMER#<month>} in the organisation's partition).
 */
@Singleton
public class CustomerReminders {
    private static final String CLAIM_PREFIX = "REMINDER#CUSTOMER#";
    private static final ReminderProgress.Of PROGRESS = ReminderProgress.Of.CUSTOMER_REMINDERS;

    private final CertificateRepository certificates;
    private final StudentRepository students;
    private final ReminderProgress progress;
    private final ReminderClaims publisher;

    public CustomerReminders(CertificateRepository certificates, StudentRepository students,
                             ReminderProgress progress, ReminderClaims publisher) {
        this.certificates = certificates;
        this.students = students;
        this.progress = progress;
        this.publisher = publisher;
    }

    public ReminderRun run(String tenantId, ExpiryReminder reminder, Instant at) {
        LocalDate today = at.atZone(Zones.AMSTERDAM).toLocalDate();
        YearMonth current = YearMonth.from(today);
        YearMonth last = YearMonth.from(today.plusWeeks(reminder.weeksBefore()));
        YearMonth first = progress.handledThrough(tenantId, PROGRESS).map(handled -> YearMonth.from(handled).plusMonths(1))
                .filter(next -> next.isAfter(current)).orElse(current);
        ReminderRun run = ReminderRun.NONE;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            run = run.plus(remind(tenantId, reminder, month, today, at));
        }
        if (!first.isAfter(last)) {
            progress.handled(tenantId, PROGRESS, last.atEndOfMonth());
        }
        return run;
    }

    private ReminderRun remind(String tenantId, ExpiryReminder reminder, YearMonth month, LocalDate today,
                               Instant at) {
        LocalDate from = month.atDay(1).isBefore(today) ? today : month.atDay(1);
        List<Certificate> expiring = certificates.expiringBetween(tenantId, from, month.atEndOfMonth());
        Map<String, Student> byId = students.findAll(tenantId,
                expiring.stream().map(Certificate::studentId).distinct().toList());
        Map<String, List<ExpiringCertificate>> byOrganisation = new TreeMap<>();
        for (Certificate certificate : expiring) {
            Student student = byId.get(certificate.studentId());
            if (student != null && student.organisationId() != null) {
                byOrganisation.computeIfAbsent(student.organisationId(), o -> new ArrayList<>()).add(
                        new ExpiringCertificate(certificate.studentId(), certificate.enrolmentId(),
                                certificate.courseType(), certificate.expiryDate()));
            }
        }
        int published = 0;
        for (Map.Entry<String, List<ExpiringCertificate>> organisation : byOrganisation.entrySet()) {
            CustomerReminderDue event = CustomerReminderDue.of(tenantId, at, organisation.getKey(), month,
                    organisation.getValue(), reminder.weeksBefore(), reminder.templateId());
            if (publisher.claimAndPublish(OrganisationItems.pk(tenantId, organisation.getKey()), CLAIM_PREFIX + month,
                    event, at)) {
                published++;
            }
        }
        return new ReminderRun(byOrganisation.size(), published);
    }
}
