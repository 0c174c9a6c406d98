package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Address;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.http.problem.InvalidFields;

import java.time.Instant;

/** Checks the rules of an organisation request that its annotations cannot express: address lines, the contact. */
final class OrganisationRequestValidator {

    /** Address is a shared record without Bean Validation annotations: its lines are checked here. */
    private static final int MAX_ADDRESS_LINE = 200;

    private OrganisationRequestValidator() {
    }

    private static boolean fits(String line) {
        return line == null || line.length() <= MAX_ADDRESS_LINE;
    }

    static Organisation validate(OrganisationRequest request, String tenantId, String organisationId, Instant createdAt) {
        InvalidFields invalid = new InvalidFields();
        if (request.address() != null) {
            Address address = request.address();
            invalid.check(fits(address.street()), "address.street", "is longer than " + MAX_ADDRESS_LINE + " characters");
            invalid.check(fits(address.postalCode()), "address.postalCode", "is longer than " + MAX_ADDRESS_LINE + " characters");
            invalid.check(fits(address.city()), "address.city", "is longer than " + MAX_ADDRESS_LINE + " characters");
            invalid.check(fits(address.country()), "address.country", "is longer than " + MAX_ADDRESS_LINE + " characters");
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
