package io.coursedesk.enrolment.candidate;

import io.coursedesk.shared.domain.OrganisationCode;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationCodes;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

/**
 * The provider admin gives an organisation its code (manual 004: "bepaald door Vakmanschap Techniek"), or takes it
 * away. Two organisations claiming one code at once: the code item's condition lets exactly one transaction
 * through, the other reads again and finds the code taken (409 naming {@code code}).
 */
@Singleton
public class SetOrganisationCode {
    private final OrganisationCodes codes;
    private final Transactions transactions;

    public SetOrganisationCode(OrganisationCodes codes, Transactions transactions) {
        this.codes = codes;
        this.transactions = transactions;
    }

    public OrganisationCode set(Caller caller, String organisationId, String code) {
        return transactions.untilDone(() -> {
            OrganisationCode current = codes.of(caller.tenantId(), organisationId)
                    .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
            if (code.equals(current.code())) {
                return current;
            }
            return switch (codes.change(caller.tenantId(), current, code)) {
                case CHANGED -> new OrganisationCode(organisationId, code);
                case TAKEN -> throw ProblemException.conflict("Another organisation of the provider has the code "
                        + code + ".", "code", "is taken by another organisation");
                case CHANGED_MEANWHILE -> null;
            };
        });
    }

    /** The organisation has no code from now on and its code is free; candidates it linked stay linked. */
    public void clear(Caller caller, String organisationId) {
        transactions.untilDone(() -> {
            OrganisationCode current = codes.of(caller.tenantId(), organisationId)
                    .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
            return current.code() == null || codes.clear(caller.tenantId(), current) ? current : null;
        });
    }
}
