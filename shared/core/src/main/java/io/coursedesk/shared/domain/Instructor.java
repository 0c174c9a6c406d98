package io.coursedesk.shared.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Someone a provider can book to teach a course. External instructors are not certified by the provider's
 * qualification body but may still be booked for the course types listed.
 *
 * @param courseTypes the course types (e.g. "BHV", "Basic Life Support") this instructor may teach
 */
public record Instructor(String id, String tenantId, String name, String email,
                         Set<String> courseTypes, boolean external, Instant createdAt) {

    public Instructor {
        courseTypes = Set.copyOf(courseTypes);
    }

    /** Course types are typed by people: "bhv" and "BHV " are the same type. */
    public boolean isQualifiedFor(String courseType) {
        String wanted = normalise(courseType);
        return courseTypes.stream().anyMatch(type -> normalise(type).equals(wanted));
    }

    private static String normalise(String courseType) {
        return courseType == null ? "" : courseType.trim().toLowerCase(Locale.ROOT);
    }
}
