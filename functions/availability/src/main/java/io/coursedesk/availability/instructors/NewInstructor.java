package io.coursedesk.availability.instructors;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** The body of {@code POST /instructors}; {@code external} defaults to false. */
@Introspected
public record NewInstructor(String name, String email, List<String> courseTypes, Boolean external) {
}
