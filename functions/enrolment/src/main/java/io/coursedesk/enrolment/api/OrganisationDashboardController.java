package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.dashboard.OrganisationDashboard;
import io.coursedesk.enrolment.licences.UnlinkStudent;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An organisation's student management (manual 000): its dashboard and unlinking a student who left. Like every
 * {@code /organisations} route, refused to a provider admin while the customers module is off.
 */
@ModuleRequired(Module.CUSTOMERS)
@Controller("/organisations/{organisationId}")
@Tag(name = "Organisations")
@Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
public class OrganisationDashboardController {
    private final OrganisationDashboard dashboard;
    private final UnlinkStudent unlinkStudent;

    public OrganisationDashboardController(OrganisationDashboard dashboard, UnlinkStudent unlinkStudent) {
        this.dashboard = dashboard;
        this.unlinkStudent = unlinkStudent;
    }

    @Get("/dashboard")
    @Operation(summary = "Open invitations, students, recently completed courses and licences used of an organisation")
    public DashboardView dashboard(@Parameter(hidden = true) Caller caller, String organisationId) {
        return DashboardView.of(dashboard.of(caller, organisationId));
    }

    @Post("/students/{studentId}/unlink")
    @Operation(summary = "Remove a student from the organisation's contract, freeing their licence seat",
            description = "The student keeps their record, enrolments, results and certificates.")
    @ApiResponse(responseCode = "204", description = "Unlinked")
    public HttpResponse<Void> unlink(@Parameter(hidden = true) Caller caller, String organisationId, String studentId) {
        unlinkStudent.unlink(caller, organisationId, studentId);
        return HttpResponse.noContent();
    }
}
