package io.coursedesk.enrolment.enrolment;

import io.micronaut.core.annotation.Introspected;

/** @param studentId the colleague who takes over the place */
@Introspected
public record ReplaceRequest(String studentId) {
}
