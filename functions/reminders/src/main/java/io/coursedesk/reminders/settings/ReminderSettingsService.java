package io.coursedesk.reminders.settings;

import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.persistence.MailTemplates;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Reads and replaces a provider's reminder settings. A template a reminder names must be one of the provider's mail
 * templates; none means the Dutch default text. The course reminder is switched on only once the provider has a
 * template (the manual: the switch appears once the first template exists).
 */
@Singleton
public class ReminderSettingsService {
    private final ReminderSettingsRepository repository;
    private final MailTemplates templates;
    private final Clock clock;

    public ReminderSettingsService(ReminderSettingsRepository repository, MailTemplates templates, Clock clock) {
        this.repository = repository;
        this.templates = templates;
        this.clock = clock;
    }

    public ReminderSettings get(Caller caller) {
        return repository.find(caller.tenantId()).orElse(ReminderSettings.DEFAULTS);
    }

    /** Saves the settings, or refuses (400) naming each reminder whose template the provider does not have. */
    public ReminderSettings replace(Caller caller, ReminderSettings settings) {
        InvalidFields invalid = new InvalidFields();
        CourseReminder course = settings.courseReminder();
        invalid.check(!course.enabled() || course.templateId() != null || templates.anyOf(caller.tenantId()),
                "courseReminder.enabled", "can be switched on once the provider has a mail template (POST /templates)");
        requireTemplate(caller, course.templateId(), "courseReminder.templateId", invalid);
        requireTemplate(caller, settings.certificateReminder().templateId(), "certificateReminder.templateId", invalid);
        requireTemplate(caller, settings.customerReminder().templateId(), "customerReminder.templateId", invalid);
        invalid.throwIfAny();
        repository.save(caller.tenantId(), settings, clock.instant());
        return settings;
    }

    private void requireTemplate(Caller caller, String templateId, String field, InvalidFields invalid) {
        invalid.check(templateId == null || templates.exists(caller.tenantId(), templateId), field,
                "is not one of the provider's mail templates (leave it out for the default text)");
    }
}
