package io.coursedesk.availability.instructors;

import io.coursedesk.shared.domain.Instructor;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

@Introspected
public record InstructorView(String instructorId, String name, String email, List<String> courseTypes, boolean external,
                             String createdAt) {

    public static InstructorView of(Instructor instructor) {
        return new InstructorView(instructor.id(), instructor.name(), instructor.email(),
                instructor.courseTypes().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                instructor.external(), instructor.createdAt().toString());
    }
}
