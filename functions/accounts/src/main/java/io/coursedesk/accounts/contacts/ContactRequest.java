package io.coursedesk.accounts.contacts;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact person of an organisation who gets an account. */
@Introspected
public record ContactRequest(@NotBlank @DeliverableEmail String email, @NotBlank @Size(max = 200) String name) {
}
