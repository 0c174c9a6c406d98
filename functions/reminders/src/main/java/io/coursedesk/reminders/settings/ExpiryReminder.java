package io.coursedesk.reminders.settings;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A reminder {@code weeksBefore} weeks before certificates expire (to the student, or to the customer's contact),
 * with the provider's template {@code templateId}, or the Dutch default text when it is null.
 */
@Introspected
public record ExpiryReminder(@NotNull Boolean enabled, @NotNull @Min(1) @Max(26) Integer weeksBefore,
                             @Nullable String templateId) {
    static final ExpiryReminder OFF = new ExpiryReminder(false, 4, null);
}
