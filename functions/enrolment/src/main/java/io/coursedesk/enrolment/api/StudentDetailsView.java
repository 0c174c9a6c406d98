package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.enrolment.CompletedCourse;
import io.coursedesk.shared.domain.Student;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A student's personal data with the courses they completed, their results and certificates, latest first. */
public record StudentDetailsView(String studentId, String firstName, String lastName, String email,
                                 LocalDate birthDate, String organisationId, Instant createdAt,
                                 List<CompletedCourse> completedCourses) {

    static StudentDetailsView of(Student student, List<CompletedCourse> completedCourses) {
        return new StudentDetailsView(student.id(), student.firstName(), student.lastName(), student.email(),
                student.birthDate(), student.organisationId(), student.createdAt(), completedCourses);
    }
}
