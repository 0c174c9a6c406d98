package io.coursedesk.enrolment.people;

import io.coursedesk.enrolment.licences.Seats;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class CreateOrganisation {
    private final OrganisationRepository organisations;
    private final Clock clock;

    public CreateOrganisation(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    public Organisation create(Caller caller, OrganisationRequest request) {
        Organisation organisation = request.toOrganisation(caller.tenantId(), Ids.newId(),
                clock.instant(), true);
        organisations.save(organisation, Seats.attributes(request.licences()));
        return organisation;
    }
}
