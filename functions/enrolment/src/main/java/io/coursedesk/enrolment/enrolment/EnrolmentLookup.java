package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Finds the course and enrolment a request names, answering 404 for what the caller may not see. */
@Singleton
public class EnrolmentLookup {
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final StudentRepository students;

    public EnrolmentLookup(CourseRepository courses, EnrolmentRepository enrolments, StudentRepository students) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.students = students;
    }

    public Course course(Caller caller, String courseId) {
        return courses.find(caller.tenantId(), courseId).orElseThrow(() -> ProblemException.notFound("Course " + courseId));
    }

    /** The enrolment, if it belongs to the course and its participant is someone the caller may see. */
    public Enrolment enrolment(Caller caller, String courseId, String enrolmentId) {
        Enrolment enrolment = enrolments.find(caller.tenantId(), courseId, enrolmentId)
                .orElseThrow(() -> ProblemException.notFound("Enrolment " + enrolmentId));
        Optional<Student> participant = students.find(caller.tenantId(), enrolment.studentId());
        AccessPolicy.requireStudent(caller, enrolment.studentId(),
                participant.map(Student::organisationId).orElse(null), "Enrolment " + enrolmentId);
        return enrolment;
    }
}
