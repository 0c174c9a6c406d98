package io.coursedesk.enrolment.people;

import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.CandidateRepository;
import io.coursedesk.shared.persistence.OrganisationCodes;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes a customer nothing refers to: one with linked students (whose enrolments it may pay), with qualification
 * holders who are its members, with equipment certifications, or with payment codes (which it paid for, used or
 * not) stays (409 naming which). Each is one index query of
 * one item.
 */
@Singleton
public class RemoveOrganisation {
    private final OrganisationRepository organisations;
    private final StudentRepository students;
    private final CandidateRepository candidates;
    private final OrganisationCodes codes;
    private final Transactions transactions;

    public RemoveOrganisation(OrganisationRepository organisations, StudentRepository students,
                              CandidateRepository candidates, OrganisationCodes codes, Transactions transactions) {
        this.organisations = organisations;
        this.students = students;
        this.candidates = candidates;
        this.codes = codes;
        this.transactions = transactions;
    }

    public void remove(Caller caller, String organisationId) {
        String tenantId = caller.tenantId();
        organisations.find(tenantId, organisationId)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + organisationId));
        List<String> referring = new ArrayList<>();
        if (students.anyOfOrganisation(tenantId, organisationId)) {
            referring.add("linked students");
        }
        if (organisations.hasHolderMemberships(tenantId, organisationId)) {
            referring.add("qualification holders who are its members");
        }
        if (organisations.hasEquipmentCertifications(tenantId, organisationId)) {
            referring.add("equipment certifications");
        }
        if (organisations.hasPaymentCodes(tenantId, organisationId)) {
            referring.add("payment codes");
        }
        if (candidates.anyOfOrganisation(tenantId, organisationId)) {
            referring.add("linked candidates");
        }
        if (!referring.isEmpty()) {
            throw ProblemException.conflict("The organisation still has " + String.join(" and ", referring));
        }
        // its code item goes with it, so the code is free again
        boolean removed = transactions.untilDone(() -> codes.of(tenantId, organisationId)
                .map(code -> codes.remove(tenantId, code) ? Boolean.TRUE : null).orElse(Boolean.FALSE));
        if (!removed) {
            throw ProblemException.notFound("Organisation " + organisationId);
        }
    }
}
