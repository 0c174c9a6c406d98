package io.coursedesk.availability.instructors;

import io.coursedesk.shared.domain.EmailAddresses;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.micronaut.core.annotation.Introspected;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /instructors} and {@code PUT /instructors/{instructorId}}; {@code external} defaults to false. */
@Introspected
public record InstructorRequest(String name, String email, List<String> courseTypes, Boolean external) {
    private static final int MAX_TEXT = 200;

    /** The course types, trimmed and each once; throws a 400 naming every invalid field. */
    Set<String> validCourseTypes() {
        InvalidFields invalid = new InvalidFields();
        if (invalid.required(name, "name")) {
            invalid.check(name.length() <= MAX_TEXT, "name", "is longer than " + MAX_TEXT + " characters");
        }
        if (invalid.required(email, "email")) {
            invalid.check(EmailAddresses.isValid(email.trim()), "email", "is not an email address");
        }
        Set<String> types = new LinkedHashSet<>();
        if (courseTypes == null || courseTypes.isEmpty()) {
            invalid.add("courseTypes", "must name at least one course type");
        } else {
            for (int i = 0; i < courseTypes.size(); i++) {
                String type = courseTypes.get(i);
                if (invalid.check(type != null && !type.isBlank() && type.length() <= MAX_TEXT,
                        "courseTypes[" + i + "]", "must be a course type name")) {
                    types.add(type.trim());
                }
            }
        }
        invalid.throwIfAny();
        return types;
    }

    boolean isExternal() {
        return Boolean.TRUE.equals(external);
    }
}
