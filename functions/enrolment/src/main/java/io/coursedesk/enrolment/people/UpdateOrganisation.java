package io.coursedesk.enrolment.people;

import io.coursedesk.enrolment.licences.Seats;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

@Singleton
public class UpdateOrganisation {
    private final OrganisationRepository organisations;

    public UpdateOrganisation(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public void update(Caller caller, String organisationId, OrganisationRequest request) {
        Organisation existing = organisations.find(caller.tenantId(), organisationId)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
        Organisation updated = request.toOrganisation(caller.tenantId(), existing.id(),
                existing.createdAt(), existing.studentsMayNamePayer());
        if (!organisations.update(updated, Seats.attributes(request.licences()))) {
            throw ProblemException.notFound("Organisation " + organisationId);
        }
    }
}
