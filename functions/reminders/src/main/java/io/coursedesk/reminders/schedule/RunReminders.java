package io.coursedesk.reminders.schedule;

import io.coursedesk.reminders.certificate.CertificateReminders;
import io.coursedesk.reminders.course.CourseReminders;
import io.coursedesk.reminders.customer.CustomerReminders;
import io.coursedesk.reminders.notes.CreditNotes;
import io.coursedesk.reminders.notes.DebitNotes;
import io.coursedesk.reminders.settings.ExpiryReminder;
import io.coursedesk.reminders.settings.ReminderSettingsRepository;
import io.coursedesk.reminders.settings.ReminderSettingsRepository.ProviderReminders;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the daily schedule as of its scheduled time {@code at}: every reminder due by then and not yet sent,
 * of every provider that has reminders on, and every provider's debit and credit notes due by then. A run that comes late,
 * twice, or after missed days sends each once.
 */
@Singleton
public class RunReminders {
    private final ReminderSettingsRepository settings;
    private final CourseReminders courseReminders;
    private final CertificateReminders certificateReminders;
    private final CustomerReminders customerReminders;
    private final DebitNotes debitNotes;
    private final CreditNotes creditNotes;

    public RunReminders(ReminderSettingsRepository settings, CourseReminders courseReminders,
                        CertificateReminders certificateReminders, CustomerReminders customerReminders,
                        DebitNotes debitNotes, CreditNotes creditNotes) {
        this.settings = settings;
        this.courseReminders = courseReminders;
        this.certificateReminders = certificateReminders;
        this.customerReminders = customerReminders;
        this.debitNotes = debitNotes;
        this.creditNotes = creditNotes;
    }

    public ReminderRun run(Instant at) {
        List<ProviderReminders> providers = settings.withAnyEnabled();
        Map<String, ExpiryReminder> certificateRemindersOn = new HashMap<>();
        providers.stream().filter(provider -> provider.settings().certificateReminder().enabled()).forEach(provider ->
                certificateRemindersOn.put(provider.tenantId(), provider.settings().certificateReminder()));
        // before the providers' own runs move their progress past what was recorded late
        ReminderRun run = debitNotes.run(at).plus(creditNotes.run(at))
                .plus(certificateReminders.runLate(certificateRemindersOn, at));
        for (ProviderReminders provider : providers) {
            if (provider.settings().courseReminder().enabled()) {
                run = run.plus(courseReminders.run(provider.tenantId(), provider.settings().courseReminder(), at));
            }
            if (provider.settings().certificateReminder().enabled()) {
                run = run.plus(certificateReminders.run(provider.tenantId(),
                        provider.settings().certificateReminder(), at));
            }
            if (provider.settings().customerReminder().enabled()) {
                run = run.plus(customerReminders.run(provider.tenantId(), provider.settings().customerReminder(), at));
            }
        }
        return run;
    }
}
