package io.coursedesk.reminders.api;

import io.coursedesk.reminders.dashboard.Dashboard;
import io.coursedesk.reminders.dashboard.DashboardView;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** {@code /dashboard}: what needs a provider admin's attention today. */
@Controller("/dashboard")
@Secured("PROVIDER_ADMIN")
public class DashboardController {
    private final Dashboard dashboard;

    public DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Get
    @Operation(summary = "What needs attention today",
            description = "Equipment certifications from their remind-from date, certificates expiring within the "
                    + "certificate reminder's weeks, courses starting within 7 days without a lead instructor, and "
                    + "debit and credit notes whose mail to the payer failed and has not gone out since (oldest "
                    + "issue date first, with the reason); "
                    + "at most 100 rows per section, earliest first, with more: true when there are more.")
    public DashboardView today(@Parameter(hidden = true) Caller caller) {
        return dashboard.today(caller);
    }
}
