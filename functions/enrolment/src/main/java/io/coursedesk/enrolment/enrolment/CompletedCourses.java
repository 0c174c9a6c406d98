package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The courses students completed (confirmed, result recorded) with their results and certificates, latest first:
 * one query of each student's enrolments, then one BatchGetItem of their courses and one of their certificates.
 */
@Singleton
public class CompletedCourses {
    private final EnrolmentRepository enrolments;
    private final CourseRepository courses;
    private final CertificateRepository certificates;

    public CompletedCourses(EnrolmentRepository enrolments, CourseRepository courses, CertificateRepository certificates) {
        this.enrolments = enrolments;
        this.courses = courses;
        this.certificates = certificates;
    }

    /** Everything the student completed. */
    public List<CompletedCourse> of(String tenantId, String studentId) {
        return since(tenantId, List.of(studentId), LocalDate.MIN);
    }

    /** What these students completed on courses whose first day is {@code from} or later. */
    public List<CompletedCourse> since(String tenantId, Collection<String> studentIds, LocalDate from) {
        List<Enrolment> completed = studentIds.stream()
                .flatMap(studentId -> enrolments.listByStudent(tenantId, studentId).stream())
                .filter(e -> e.status() == EnrolmentStatus.CONFIRMED && e.present() != null && e.passed() != null
                        && !e.courseFirstDay().isBefore(from))
                .toList();
        if (completed.isEmpty()) {
            return List.of();
        }
        Map<String, Course> byId = courses.findAll(tenantId, completed.stream().map(Enrolment::courseId).toList());
        Map<String, Certificate> issued = certificates.findByEnrolments(tenantId,
                completed.stream().filter(Enrolment::passed).toList());
        return completed.stream().filter(e -> byId.containsKey(e.courseId())).map(e -> {
            Course course = byId.get(e.courseId());
            Certificate certificate = issued.get(e.id());
            return new CompletedCourse(e.studentId(), e.id(), e.courseId(), course.type(),
                    course.details().firstDay().date(), course.details().lastDay().date(), e.present(), e.passed(),
                    certificate == null ? null : certificate.issuedOn(),
                    certificate == null ? null : certificate.expiryDate());
        }).sorted(Comparator.comparing(CompletedCourse::lastDay).reversed()).toList();
    }
}
