package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.EmailAddresses;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.http.problem.InvalidFields;

import java.time.Instant;

/** Checks every field of an organisation request at once. */
final class OrganisationRequestValidator {

    private OrganisationRequestValidator() {
    }

    static Organisation validate(OrganisationRequest request, String tenantId, String organisationId, Instant createdAt) {
        InvalidFields invalid = new InvalidFields();
        invalid.required(request.name(), "name");
        if (request.contactEmail() != null) {
            invalid.check(EmailAddresses.isValid(request.contactEmail()), "contactEmail", "is not an email address");
        }
        if (request.billingEmail() != null) {
            invalid.check(EmailAddresses.isValid(request.billingEmail()), "billingEmail", "is not an email address");
        }
        boolean viaContact = Boolean.TRUE.equals(request.correspondenceViaContact());
        if (viaContact) {
            invalid.check(request.contactEmail() != null, "contactEmail",
                    "is required when all correspondence goes via the contact person");
        }
        invalid.throwIfAny();
        return new Organisation(organisationId, tenantId, request.name().trim(), request.address(),
                request.contactName(), request.contactEmail(), request.billingEmail(), request.remarks(),
                viaContact, createdAt);
    }
}
