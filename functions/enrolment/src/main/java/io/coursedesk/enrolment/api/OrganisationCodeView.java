package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.OrganisationCode;

/** @param code null while the organisation has none */
public record OrganisationCodeView(String organisationId, String code) {

    static OrganisationCodeView of(OrganisationCode code) {
        return new OrganisationCodeView(code.organisationId(), code.code());
    }
}
