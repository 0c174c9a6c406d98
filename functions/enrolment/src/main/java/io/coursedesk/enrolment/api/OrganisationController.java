package io.coursedesk.enrolment.api;

import io.coursedesk.shared.http.page.CursorScope;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.http.page.Page;
import io.coursedesk.shared.http.page.PageRequest;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.micronaut.http.annotation.RequestBean;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.ModuleRequired;
import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.licences.Seats;
import io.coursedesk.enrolment.people.CreateOrganisation;
import io.coursedesk.enrolment.people.CustomerOverview;
import io.coursedesk.enrolment.people.PayerPermission;
import io.coursedesk.enrolment.people.PayerPermissionRequest;
import io.coursedesk.enrolment.people.OrganisationRequest;
import io.coursedesk.enrolment.people.RemoveOrganisation;
import io.coursedesk.enrolment.people.UpdateOrganisation;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import jakarta.validation.Valid;

@ModuleRequired(Module.CUSTOMERS)
@Controller("/organisations")
@Tag(name = "Organisations")
@Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
public class OrganisationController {
    private final CreateOrganisation createOrganisation;
    private final UpdateOrganisation updateOrganisation;
    private final RemoveOrganisation removeOrganisation;
    private final OrganisationRepository organisations;
    private final PayerPermission payerPermission;
    private final CustomerOverview overview;
    private final ListCursors cursors;

    public OrganisationController(CreateOrganisation createOrganisation, UpdateOrganisation updateOrganisation,
                                  RemoveOrganisation removeOrganisation, OrganisationRepository organisations,
                                  PayerPermission payerPermission, CustomerOverview overview, ListCursors cursors) {
        this.createOrganisation = createOrganisation;
        this.updateOrganisation = updateOrganisation;
        this.removeOrganisation = removeOrganisation;
        this.organisations = organisations;
        this.payerPermission = payerPermission;
        this.overview = overview;
        this.cursors = cursors;
    }

    @Get
    @Operation(summary = "The provider's customers by name (a contact sees only their own organisation)",
            description = "Paged: next is the cursor of the following page, for this caller only.")
    public Page<OrganisationView> list(@Parameter(hidden = true) Caller caller, @Valid @RequestBean PageRequest page) {
        return cursors.page(CursorScope.of(caller, "organisations"), page, PagePosition.class, (limit, after) -> {
            if (caller.isProviderAdmin()) {
                return organisations.page(caller.tenantId(), limit, after, OrganisationView::of);
            }
            return new Slice<>(caller.organisationId() == null ? List.of()
                    : organisations.find(caller.tenantId(), caller.organisationId(), item -> OrganisationView.of(item, caller))
                    .stream().toList(), null);
        });
    }

    @Post
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Add a customer")
    public HttpResponse<OrganisationView> create(@Parameter(hidden = true) Caller caller, @Valid @Body OrganisationRequest request) {
        return HttpResponse.created(OrganisationView.of(createOrganisation.create(caller, request),
                Seats.granted(request.licences())));
    }

    @Get("/{organisationId}")
    @Operation(summary = "One customer")
    public OrganisationView get(@Parameter(hidden = true) Caller caller, String organisationId) {
        AccessPolicy.requireOrganisation(caller, organisationId, "Organisation " + organisationId);
        return organisations.find(caller.tenantId(), organisationId, item -> OrganisationView.of(item, caller))
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
    }

    @Put("/{organisationId}")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Replace a customer's details and set its licence seats",
            description = "licences absent leaves the seats as they are; seats already used stay used.")
    public OrganisationView update(@Parameter(hidden = true) Caller caller, String organisationId, @Valid @Body OrganisationRequest request) {
        updateOrganisation.update(caller, organisationId, request);
        return get(caller, organisationId);
    }

    @Get("/{organisationId}/overview")
    @Operation(summary = "Show a customer: its details and a page of its students with the courses each takes or took",
            description = "The students are paged by name (limit, cursor); each lists their courses, the latest first.")
    public CustomerOverviewView overview(@Parameter(hidden = true) Caller caller, String organisationId,
                                         @Valid @RequestBean PageRequest page) {
        OrganisationView organisation = overview.organisation(caller, organisationId,
                item -> OrganisationView.of(item, caller));
        return new CustomerOverviewView(organisation, cursors.page(CursorScope.of(caller, "customer-overview",
                organisationId), page, PagePosition.class, (limit, after) -> overview.students(caller, organisationId,
                limit, after).map(CustomerOverviewView.Student::of)));
    }

    @Put("/{organisationId}/payer-permission")
    @Operation(summary = "Decide whether the organisation's people may name it as payer of their own enrolments",
            description = "The organisation's contact decides (the admin may on its behalf). When off, a student's "
                    + "enrolment naming the organisation as payer is refused with 403; a contact's or admin's is not.")
    public OrganisationView setPayerPermission(@Parameter(hidden = true) Caller caller, String organisationId,
                                               @Valid @Body PayerPermissionRequest request) {
        payerPermission.set(caller, organisationId, request.studentsMayNamePayer());
        return get(caller, organisationId);
    }

    @Delete("/{organisationId}")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Remove a customer no student, qualification holder, equipment certification, payment code or candidate refers to",
            description = "Its organisation code is free again.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "409", description = "Linked students, holders' memberships, equipment certifications, payment codes or linked candidates refer to it (the detail says which)")
    public HttpResponse<Void> remove(@Parameter(hidden = true) Caller caller, String organisationId) {
        removeOrganisation.remove(caller, organisationId);
        return HttpResponse.noContent();
    }
}
