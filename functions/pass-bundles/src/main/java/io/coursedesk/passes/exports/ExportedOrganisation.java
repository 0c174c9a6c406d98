package io.coursedesk.passes.exports;

import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

/** Whose people an organisation's export lists: a contact's own organisation, or the one an admin names. */
@Singleton
public class ExportedOrganisation {
    private final OrganisationRepository organisations;

    public ExportedOrganisation(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /**
     * @param organisationId required of an admin (else 400 naming it); a contact may leave it out or name their own
     *                       organisation (another one is not found)
     */
    public Organisation of(Caller caller, String organisationId) {
        String id = organisationId;
        if (caller.isOrganisationContact() && id == null) {
            id = caller.organisationId();
        }
        if (id == null) {
            throw ProblemException.invalid("organisationId", "Name the organisation whose people to export.");
        }
        AccessPolicy.requireOrganisation(caller, id, "Organisation " + id);
        String wanted = id;
        return organisations.find(caller.tenantId(), id)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + wanted));
    }
}
