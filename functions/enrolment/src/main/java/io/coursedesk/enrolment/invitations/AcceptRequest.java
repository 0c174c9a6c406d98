package io.coursedesk.enrolment.invitations;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param token the token of the invitation mail's link */
@Introspected
public record AcceptRequest(@NotBlank @Size(max = 1000) String token) {
}
