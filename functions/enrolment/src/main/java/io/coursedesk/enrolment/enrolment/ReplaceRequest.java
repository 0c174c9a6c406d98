package io.coursedesk.enrolment.enrolment;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Size;

/** @param studentId the colleague who takes over the place */
@Introspected
public record ReplaceRequest(@Size(max = 64) String studentId) {
}
