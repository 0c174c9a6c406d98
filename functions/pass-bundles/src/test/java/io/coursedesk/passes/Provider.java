package io.coursedesk.passes;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.persistence.OrganisationRepository;

import java.time.Instant;

/** A fresh provider (tenant) for one test, with tokens for its people and its organisations. */
public final class Provider {
    public final String tenantId = "t" + Ids.newId().replace("-", "").substring(0, 12);
    private final PassBundlesFunction function;

    public Provider(PassBundlesFunction function) {
        this.function = function;
    }

    public String adminToken() {
        return function.aws().tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    /** A contact person of the organisation; each subject is a different person. */
    public String contactToken(String subject, String organisationId) {
        return function.aws().tokens().forSubject(subject).tenantId(tenantId).role("ORGANISATION_CONTACT")
                .organisationId(organisationId).email(subject + "@example.nl").name(subject).mint();
    }

    public String studentToken(String studentId) {
        return function.aws().tokens().forSubject("student-" + studentId).tenantId(tenantId).role("STUDENT")
                .studentId(studentId).email(studentId + "@example.nl").name("Student").mint();
    }

    public String organisation(String name) {
        String organisationId = Ids.newId();
        function.bean(OrganisationRepository.class).save(new Organisation(organisationId, tenantId, name, null,
                "Carla Contact", "carla@example.nl", "billing@example.nl", null, false, Instant.now()));
        return organisationId;
    }
}
