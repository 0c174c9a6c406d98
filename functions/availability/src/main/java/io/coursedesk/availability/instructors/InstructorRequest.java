package io.coursedesk.availability.instructors;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The body of {@code POST /instructors} and {@code PUT /instructors/{instructorId}}; {@code external} defaults to false. */
@Introspected
public record InstructorRequest(@NotBlank @Size(max = 200) String name, @NotBlank @DeliverableEmail String email,
                                @NotEmpty(message = "must name at least one course type") @Size(max = 50)
                                List<@NotBlank @Size(max = 200) String> courseTypes,
                                Boolean external) {

    /** The course types, trimmed and each once. */
    Set<String> distinctCourseTypes() {
        Set<String> types = new LinkedHashSet<>();
        courseTypes.forEach(type -> types.add(type.trim()));
        return types;
    }

    boolean isExternal() {
        return Boolean.TRUE.equals(external);
    }
}
