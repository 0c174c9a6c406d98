package io.coursedesk.reminders.settings;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * {@code GET/PUT /settings/reminders}: a provider's three reminders, each replaced whole by a PUT. A provider that
 * never saved any has them all off ({@link #DEFAULTS}).
 */
@Introspected
public record ReminderSettings(@NotNull @Valid CourseReminder courseReminder,
                               @NotNull @Valid ExpiryReminder certificateReminder,
                               @NotNull @Valid ExpiryReminder customerReminder) {
    public static final ReminderSettings DEFAULTS =
            new ReminderSettings(CourseReminder.OFF, ExpiryReminder.OFF, ExpiryReminder.OFF);

    public boolean anyEnabled() {
        return courseReminder.enabled() || certificateReminder.enabled() || customerReminder.enabled();
    }
}
