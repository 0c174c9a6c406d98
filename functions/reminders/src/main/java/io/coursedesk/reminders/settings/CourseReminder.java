package io.coursedesk.reminders.settings;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The course reminder: {@code daysBefore} days before a course's first day (Europe/Amsterdam) to each participant
 * who received the course's invitation, with the provider's template {@code templateId}, or the Dutch default text
 * when it is null.
 */
@Introspected
public record CourseReminder(@NotNull Boolean enabled, @NotNull @Min(1) @Max(60) Integer daysBefore,
                             @Nullable String templateId) {
    static final CourseReminder OFF = new CourseReminder(false, 3, null);
}
