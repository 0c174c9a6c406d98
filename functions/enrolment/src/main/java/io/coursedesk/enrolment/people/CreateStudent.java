package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class CreateStudent {
    private final StudentRequestValidator validator;
    private final StudentRepository students;
    private final Clock clock;

    CreateStudent(StudentRequestValidator validator, StudentRepository students, Clock clock) {
        this.validator = validator;
        this.students = students;
        this.clock = clock;
    }

    public Student create(Caller caller, StudentRequest request) {
        Student student = validator.validate(request, caller.tenantId(), Ids.newId(), clock.instant());
        students.save(student);
        return student;
    }
}
