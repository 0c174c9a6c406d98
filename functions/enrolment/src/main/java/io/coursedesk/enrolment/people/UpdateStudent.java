package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

@Singleton
public class UpdateStudent {
    private final StudentRequestValidator validator;
    private final StudentRepository students;

    UpdateStudent(StudentRequestValidator validator, StudentRepository students) {
        this.validator = validator;
        this.students = students;
    }

    public Student update(Caller caller, String studentId, StudentRequest request) {
        Student existing = students.find(caller.tenantId(), studentId)
                .orElseThrow(() -> ProblemException.notFound("Student " + studentId));
        Student updated = validator.validate(request, caller.tenantId(), existing.id(), existing.createdAt());
        students.save(updated);
        return updated;
    }
}
