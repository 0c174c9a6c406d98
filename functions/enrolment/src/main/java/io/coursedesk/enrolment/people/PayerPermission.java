package io.coursedesk.enrolment.people;

import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

/**
 * Whether an organisation's people may name it as payer of their own enrolments (manual 002: "Wil je niet dat
 * personeelsleden zelf de instelling als betaler kunnen aanduiden?"). The organisation decides: its contact sets it,
 * and so may the provider's admin on its behalf.
 */
@Singleton
public class PayerPermission {
    private final OrganisationRepository organisations;

    public PayerPermission(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public void set(Caller caller, String organisationId, boolean studentsMayNamePayer) {
        String what = "Organisation " + organisationId;
        AccessPolicy.requireOrganisation(caller, organisationId, what);
        if (!organisations.setStudentsMayNamePayer(caller.tenantId(), organisationId, studentsMayNamePayer)) {
            throw ProblemException.notFound(what);
        }
    }

}
