package io.coursedesk.passes.documents;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A student's attendance certificate for one of their enrolments: from 7 days after the course's last day
 * (Amsterdam dates; the provider records results in that week), forever after, and only for a participant
 * marked present on a course that took place.
 */
@Singleton
public class DownloadCertificate {
    static final int DAYS_AFTER_LAST_DAY = 7;

    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;
    private final StudentRepository students;
    private final ProviderRepository providers;
    private final CertificateRenderer renderer;
    private final Clock clock;

    public DownloadCertificate(EnrolmentRepository enrolments, CourseRepository courses, StudentRepository students,
                               ProviderRepository providers, CertificateRenderer renderer, Clock clock) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.students = students;
        this.providers = providers;
        this.renderer = renderer;
        this.clock = clock;
    }

    public PdfDownload forStudent(Caller caller, String enrolmentId) {
        String tenantId = caller.tenantId();
        // the student's own enrolments only (GSI1 of the student): anyone else's id is not found
        Enrolment enrolment = caller.studentId() == null ? null : enrolments.listByStudent(tenantId, caller.studentId())
                .stream().filter(e -> e.id().equals(enrolmentId)).findFirst().orElse(null);
        Course course = enrolment == null ? null : courses.find(tenantId, enrolment.courseId()).orElse(null);
        Student student = enrolment == null ? null : students.find(tenantId, enrolment.studentId()).orElse(null);
        if (course == null || student == null) {
            throw ProblemException.notFound("Enrolment " + enrolmentId);
        }
        if (!course.isOpen()) {
            throw ProblemException.conflict("The course was cancelled: there is no attendance certificate.");
        }
        if (!Boolean.TRUE.equals(enrolment.present())) {
            throw ProblemException.conflict("The participant was not marked present on this course: "
                    + "there is no attendance certificate.");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.AMSTERDAM));
        LocalDate availableFrom = course.details().lastDay().date().plusDays(DAYS_AFTER_LAST_DAY);
        if (today.isBefore(availableFrom)) {
            throw ProblemException.conflict("The attendance certificate is available from "
                    + Zones.DUTCH_DATE.format(availableFrom) + " (" + availableFrom + ").");
        }
        String providerName = course.details().whiteLabel() ? null
                : providers.find(tenantId).map(Provider::name).orElse(null);
        AttendanceCertificate certificate = new AttendanceCertificate(providerName, student.fullName(),
                student.birthDate(), course.details().type(), course.details().dates(), course.details().location(),
                today);
        return new PdfDownload(FileNames.join(".pdf", 1, "Bewijs van deelname", course.details().type(),
                student.fullName()), render(certificate));
    }

    private byte[] render(AttendanceCertificate certificate) {
        try {
            return renderer.render(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render an attendance certificate", e);
        }
    }
}
