package io.coursedesk.accounts.signup;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person signs up as a student of a provider: their email (the username), the password they choose, their name and
 * the provider whose catalogue they came from, and optionally the code of the organisation they train for (manual
 * 004: its candidate from then on). Nothing else: tenant and role are never theirs to say.
 */
@Introspected
public record SignUpRequest(@NotBlank @Size(max = 254) @DeliverableEmail String email,
                            @NotNull @Size(max = PasswordPolicy.MAXIMUM_LENGTH) String password,
                            @NotBlank @Size(max = 200) String name,
                            @NotBlank @Size(max = 64) String providerId,
                            @Nullable @Size(max = 10) String organisationCode) {
}
