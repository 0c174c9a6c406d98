package io.coursedesk.enrolment.candidate;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A student gives an organisation's code to become its candidate. */
@Introspected
public record CandidateCodeRequest(@NotBlank @Size(max = 3) String organisationCode) {
}
