package io.coursedesk.availability.instructors;

import io.coursedesk.shared.domain.EmailAddresses;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Adds an instructor (certified or external) to the provider's list, with the course types they may teach. */
@Singleton
public class RegisterInstructor {
    private static final int MAX_TEXT = 200;

    private final InstructorRepository instructors;
    private final Clock clock;

    public RegisterInstructor(InstructorRepository instructors, Clock clock) {
        this.instructors = instructors;
        this.clock = clock;
    }

    public Instructor register(Caller caller, NewInstructor request) {
        InvalidFields invalid = new InvalidFields();
        if (invalid.required(request.name(), "name")) {
            invalid.check(request.name().length() <= MAX_TEXT, "name", "is longer than " + MAX_TEXT + " characters");
        }
        if (invalid.required(request.email(), "email")) {
            invalid.check(EmailAddresses.isValid(request.email().trim()),
                    "email", "is not an email address");
        }
        Set<String> courseTypes = courseTypes(request.courseTypes(), invalid);
        invalid.throwIfAny();
        Instructor instructor = new Instructor(Ids.newId(), caller.tenantId(), request.name().trim(),
                request.email().trim(), courseTypes, Boolean.TRUE.equals(request.external()), clock.instant());
        instructors.add(instructor);
        return instructor;
    }

    private static Set<String> courseTypes(List<String> requested, InvalidFields invalid) {
        Set<String> types = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            invalid.add("courseTypes", "must name at least one course type");
            return types;
        }
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i);
            if (invalid.check(type != null && !type.isBlank() && type.length() <= MAX_TEXT,
                    "courseTypes[" + i + "]", "must be a course type name")) {
                types.add(type.trim());
            }
        }
        return types;
    }
}
