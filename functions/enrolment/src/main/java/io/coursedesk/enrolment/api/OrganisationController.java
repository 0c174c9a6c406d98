package io.coursedesk.enrolment.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.coursedesk.enrolment.people.CreateOrganisation;
import io.coursedesk.enrolment.people.OrganisationRequest;
import io.coursedesk.enrolment.people.UpdateOrganisation;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import jakarta.validation.Valid;

@Controller("/organisations")
@Tag(name = "Organisations")
@Secured({"PROVIDER_ADMIN", "ORGANISATION_CONTACT"})
public class OrganisationController {
    private final CreateOrganisation createOrganisation;
    private final UpdateOrganisation updateOrganisation;
    private final OrganisationRepository organisations;

    public OrganisationController(CreateOrganisation createOrganisation, UpdateOrganisation updateOrganisation,
                                  OrganisationRepository organisations) {
        this.createOrganisation = createOrganisation;
        this.updateOrganisation = updateOrganisation;
        this.organisations = organisations;
    }

    @Get
    @Operation(summary = "The provider's customers (a contact sees only their own organisation)")
    public List<Organisation> list(@Parameter(hidden = true) Caller caller) {
        if (caller.isProviderAdmin()) {
            return organisations.list(caller.tenantId());
        }
        return caller.organisationId() == null ? List.of()
                : organisations.find(caller.tenantId(), caller.organisationId()).map(o -> visibleTo(caller, o))
                .stream().toList();
    }

    @Post
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Add a customer")
    public HttpResponse<Organisation> create(@Parameter(hidden = true) Caller caller, @Valid @Body OrganisationRequest request) {
        return HttpResponse.created(createOrganisation.create(caller, request));
    }

    @Get("/{organisationId}")
    @Operation(summary = "One customer")
    public Organisation get(@Parameter(hidden = true) Caller caller, String organisationId) {
        AccessPolicy.requireOrganisation(caller, organisationId, "Organisation " + organisationId);
        return organisations.find(caller.tenantId(), organisationId).map(o -> visibleTo(caller, o))
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
    }

    /** The provider's remarks about a customer and where its invoices go are the provider's business. */
    private static Organisation visibleTo(Caller caller, Organisation o) {
        return caller.isProviderAdmin() ? o : new Organisation(o.id(), o.tenantId(), o.name(), o.address(),
                o.contactName(), o.contactEmail(), null, null, o.correspondenceViaContact(), o.createdAt());
    }

    @Put("/{organisationId}")
    @Secured("PROVIDER_ADMIN")
    @Operation(summary = "Replace a customer's details")
    public Organisation update(@Parameter(hidden = true) Caller caller, String organisationId, @Valid @Body OrganisationRequest request) {
        return updateOrganisation.update(caller, organisationId, request);
    }
}
