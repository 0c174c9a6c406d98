package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.licences.Seats;
import io.coursedesk.shared.domain.Address;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.tenancy.Caller;

import java.time.Instant;

/**
 * A customer as the API shows it.
 *
 * @param licences     the licence seats for student invitations
 * @param licencesUsed the seats taken by open invitations and by the students who accepted one
 */
public record OrganisationView(String organisationId, String name, Address address, String contactName,
                               String contactEmail, String billingEmail, String remarks,
                               boolean correspondenceViaContact, boolean studentsMayNamePayer, int licences,
                               int licencesUsed, Instant createdAt) {

    static OrganisationView of(Organisation o, Seats seats) {
        return new OrganisationView(o.id(), o.name(), o.address(), o.contactName(), o.contactEmail(),
                o.billingEmail(), o.remarks(), o.correspondenceViaContact(), o.studentsMayNamePayer(),
                seats.licences(), seats.used(), o.createdAt());
    }

    /** The organisation's item with its seats, as an admin sees it. */
    static OrganisationView of(Item item) {
        return of(OrganisationItems.fromItem(item), Seats.of(item));
    }

    /** The provider's remarks about a customer and where its invoices go are the provider's business. */
    static OrganisationView of(Item item, Caller caller) {
        OrganisationView full = of(item);
        return caller.isProviderAdmin() ? full : new OrganisationView(full.organisationId, full.name, full.address,
                full.contactName, full.contactEmail, null, null, full.correspondenceViaContact,
                full.studentsMayNamePayer, full.licences, full.licencesUsed, full.createdAt);
    }
}
