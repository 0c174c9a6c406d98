package io.coursedesk.reminders.dashboard;

import io.coursedesk.reminders.dashboard.DashboardView.CourseWithoutLead;
import io.coursedesk.reminders.dashboard.DashboardView.ExpiringCertificate;
import io.coursedesk.reminders.dashboard.DashboardView.ExpiringCertificates;
import io.coursedesk.reminders.dashboard.DashboardView.NoteFailedToSend;
import io.coursedesk.reminders.dashboard.DashboardView.Section;
import io.coursedesk.reminders.equipment.EquipmentCertificationView;
import io.coursedesk.reminders.equipment.EquipmentCertifications;
import io.coursedesk.reminders.settings.ReminderSettings;
import io.coursedesk.reminders.settings.ReminderSettingsRepository;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.FailedNotes;
import io.coursedesk.shared.persistence.FailedNotes.FailedNote;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Today's dashboard: each section is read through a key made for it (equipment by remind-from date, certificates by
 * expiry date, courses by first day, notes whose mail failed), so its cost follows what needs attention, not what the
 * provider has.
 */
@Singleton
public class Dashboard {
    static final int SECTION_LIMIT = 100;
    private static final int COURSE_DAYS_AHEAD = 7;

    private final EquipmentCertifications equipment;
    private final CertificateRepository certificates;
    private final CourseRepository courses;
    private final StudentRepository students;
    private final ReminderSettingsRepository settings;
    private final FailedNotes failedNotes;
    private final Clock clock;

    public Dashboard(EquipmentCertifications equipment, CertificateRepository certificates,
                     CourseRepository courses, StudentRepository students,
                     ReminderSettingsRepository settings, FailedNotes failedNotes, Clock clock) {
        this.equipment = equipment;
        this.certificates = certificates;
        this.courses = courses;
        this.students = students;
        this.settings = settings;
        this.failedNotes = failedNotes;
        this.clock = clock;
    }

    public DashboardView today(Caller caller) {
        String tenantId = caller.tenantId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.AMSTERDAM);
        return new DashboardView(today, equipment(tenantId, today), expiringCertificates(tenantId, today),
                coursesWithoutLead(tenantId, today, now), notesFailedToSend(tenantId));
    }

    private Section<EquipmentCertificationView> equipment(String tenantId, LocalDate today) {
        return section(equipment.dueOn(tenantId, today, SECTION_LIMIT + 1));
    }

    private ExpiringCertificates expiringCertificates(String tenantId, LocalDate today) {
        int weeks = settings.find(tenantId).orElse(ReminderSettings.DEFAULTS).certificateReminder().weeksBefore();
        List<Certificate> expiring = certificates.expiringBetween(tenantId, today, today.plusWeeks(weeks));
        List<Certificate> shown = expiring.subList(0, Math.min(SECTION_LIMIT, expiring.size()));
        Map<String, Student> holders = students.findAll(tenantId, shown.stream().map(Certificate::studentId).toList());
        return new ExpiringCertificates(weeks, shown.stream().map(certificate -> new ExpiringCertificate(
                certificate.studentId(), fullName(holders.get(certificate.studentId())),
                certificate.enrolmentId(), certificate.courseType(), certificate.expiryDate())).toList(),
                expiring.size() > SECTION_LIMIT);
    }

    private Section<CourseWithoutLead> coursesWithoutLead(String tenantId, LocalDate today, Instant now) {
        return section(courses.firstDayBetween(tenantId, today, today.plusDays(COURSE_DAYS_AHEAD)).stream()
                .filter(course -> course.isOpen() && !course.hasStarted(now)
                        && course.details().leadInstructorId() == null)
                .limit(SECTION_LIMIT + 1)
                .map(Dashboard::courseWithoutLead).toList());
    }

    private Section<NoteFailedToSend> notesFailedToSend(String tenantId) {
        return section(failedNotes.list(tenantId, SECTION_LIMIT + 1).stream().map(Dashboard::noteFailedToSend)
                .toList());
    }

    private static NoteFailedToSend noteFailedToSend(FailedNote note) {
        return new NoteFailedToSend(note.kind(), note.noteNumber(), note.issuedOn(), note.payerName(),
                note.payerEmail(), note.courseId(), note.courseType(), note.courseFirstDay(), note.participantName(),
                note.amountCents(), note.reason(), note.failedAt());
    }

    private static CourseWithoutLead courseWithoutLead(Course course) {
        return new CourseWithoutLead(course.id(), course.type(), course.details().firstDay().date(),
                course.details().location(), course.confirmedCount());
    }

    /** The first {@link #SECTION_LIMIT} of rows read one beyond it. */
    private static <T> Section<T> section(List<T> rows) {
        return new Section<>(rows.subList(0, Math.min(SECTION_LIMIT, rows.size())), rows.size() > SECTION_LIMIT);
    }

    private static String fullName(Student student) {
        return student == null ? null : student.fullName();
    }
}
