package io.coursedesk.reminders.api;

import io.coursedesk.reminders.settings.ReminderSettings;
import io.coursedesk.reminders.settings.ReminderSettingsService;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;

/** {@code /settings/reminders}: a provider admin's reminder settings. */
@Controller("/settings/reminders")
@Secured("PROVIDER_ADMIN")
public class ReminderSettingsController {
    private final ReminderSettingsService settings;

    public ReminderSettingsController(ReminderSettingsService settings) {
        this.settings = settings;
    }

    @Get
    @Operation(summary = "The provider's reminder settings", description = "All reminders are off until saved.")
    public ReminderSettings get(@Parameter(hidden = true) Caller caller) {
        return settings.get(caller);
    }

    @Put
    @Operation(summary = "Replace the provider's reminder settings", description = "courseReminder.daysBefore 1-60, "
            + "certificateReminder.weeksBefore and customerReminder.weeksBefore 1-26. A templateId must be one of the "
            + "provider's mail templates (400 naming the field otherwise); a reminder without templateId uses the "
            + "Dutch default text.")
    public ReminderSettings replace(@Parameter(hidden = true) Caller caller, @Valid @Body ReminderSettings request) {
        return settings.replace(caller, request);
    }
}
