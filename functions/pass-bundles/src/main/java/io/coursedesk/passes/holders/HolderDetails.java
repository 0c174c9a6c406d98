package io.coursedesk.passes.holders;

import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

/** {@code GET /qualification-holders/{holderId}}: an admin sees any holder, a contact only their organisation's. */
@Singleton
public class HolderDetails {
    private final QualificationHolderRepository holders;

    public HolderDetails(QualificationHolderRepository holders) {
        this.holders = holders;
    }

    public HolderWithQualifications find(Caller caller, String holderId) {
        return holders.find(caller.tenantId(), holderId)
                .filter(holder -> caller.isProviderAdmin()
                        || (caller.isOrganisationContact() && holder.holder().belongsTo(caller.organisationId())))
                .orElseThrow(() -> ProblemException.notFound("Qualification holder " + holderId));
    }
}
