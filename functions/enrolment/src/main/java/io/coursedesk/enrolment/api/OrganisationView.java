package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.Address;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.tenancy.Caller;

import java.time.Instant;

/** A customer as the API shows it. */
public record OrganisationView(String organisationId, String name, Address address, String contactName,
                               String contactEmail, String billingEmail, String remarks,
                               boolean correspondenceViaContact, boolean studentsMayNamePayer, Instant createdAt) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.address(), o.contactName(), o.contactEmail(),
                o.billingEmail(), o.remarks(), o.correspondenceViaContact(), o.studentsMayNamePayer(), o.createdAt());
    }

    /** The provider's remarks about a customer and where its invoices go are the provider's business. */
    static OrganisationView of(Organisation o, Caller caller) {
        OrganisationView full = of(o);
        return caller.isProviderAdmin() ? full : new OrganisationView(full.organisationId, full.name, full.address,
                full.contactName, full.contactEmail, null, null, full.correspondenceViaContact, full.studentsMayNamePayer,
                full.createdAt);
    }
}
