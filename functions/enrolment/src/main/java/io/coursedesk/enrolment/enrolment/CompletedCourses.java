package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The courses students completed (confirmed, result recorded) with their results and certificates, latest first:
 * from their recorded results, then one BatchGetItem of their courses and one of their certificates.
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

    /** Everything the student completed: one query of their enrolments. */
    public List<CompletedCourse> of(String tenantId, String studentId) {
        return of(tenantId, enrolments.listByStudent(tenantId, studentId).stream()
                .flatMap(e -> RecordedResult.of(e, null).stream()).toList());
    }

    /** The courses of these recorded results. */
    public List<CompletedCourse> of(String tenantId, List<RecordedResult> completed) {
        if (completed.isEmpty()) {
            return List.of();
        }
        Map<String, Course> byId = courses.findAll(tenantId, completed.stream().map(RecordedResult::courseId)
                .distinct().toList());
        Map<String, Certificate> issued = certificates.findByResults(tenantId,
                completed.stream().filter(RecordedResult::passed).toList());
        return completed.stream().filter(r -> byId.containsKey(r.courseId())).map(r -> {
            Course course = byId.get(r.courseId());
            Certificate certificate = issued.get(r.enrolmentId());
            return new CompletedCourse(r.studentId(), r.enrolmentId(), r.courseId(), course.type(),
                    course.details().firstDay().date(), course.details().lastDay().date(), r.present(), r.passed(),
                    certificate == null ? null : certificate.issuedOn(),
                    certificate == null ? null : certificate.expiryDate());
        }).sorted(Comparator.comparing(CompletedCourse::lastDay).reversed()).toList();
    }
}
