package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.Student;

import java.time.Instant;
import java.time.LocalDate;

/** A student as the API shows it. */
public record StudentView(String studentId, String firstName, String lastName, String email, LocalDate birthDate,
                          String organisationId, Instant createdAt) {

    static StudentView of(Student student) {
        return new StudentView(student.id(), student.firstName(), student.lastName(), student.email(),
                student.birthDate(), student.organisationId(), student.createdAt());
    }
}
