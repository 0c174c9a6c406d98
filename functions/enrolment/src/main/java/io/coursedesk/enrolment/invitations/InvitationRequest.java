package io.coursedesk.enrolment.invitations;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A student invitation as the contact person sends it.
 *
 * @param message free text that appears in the invitation mail
 */
@Introspected
public record InvitationRequest(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                                @NotBlank @DeliverableEmail String email, @Size(max = 2000) String message) {
}
