package io.coursedesk.enrolment.enrolment;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param organisationId the customer the participant belongs to */
@Introspected
public record OrganisationLinkRequest(@NotBlank @Size(max = 64) String organisationId) {
}
