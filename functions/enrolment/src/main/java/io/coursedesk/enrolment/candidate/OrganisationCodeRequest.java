package io.coursedesk.enrolment.candidate;

import io.coursedesk.shared.domain.OrganisationCode;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The organisation's code as the provider admin sets it: three upper-case letters. */
@Introspected
public record OrganisationCodeRequest(
        @NotNull @Pattern(regexp = OrganisationCode.PATTERN, message = "must be three upper-case letters A-Z")
        String code) {
}
