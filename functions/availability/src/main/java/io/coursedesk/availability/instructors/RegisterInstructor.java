package io.coursedesk.availability.instructors;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Set;

/** Adds an instructor (certified or external) to the provider's list, with the course types they may teach. */
@Singleton
public class RegisterInstructor {
    private final InstructorRepository instructors;
    private final Clock clock;

    public RegisterInstructor(InstructorRepository instructors, Clock clock) {
        this.instructors = instructors;
        this.clock = clock;
    }

    public Instructor register(Caller caller, InstructorRequest request) {
        Set<String> courseTypes = request.distinctCourseTypes();
        Instructor instructor = new Instructor(Ids.newId(), caller.tenantId(), request.name().trim(),
                request.email().trim(), courseTypes, request.isExternal(), clock.instant());
        instructors.add(instructor);
        return instructor;
    }
}
