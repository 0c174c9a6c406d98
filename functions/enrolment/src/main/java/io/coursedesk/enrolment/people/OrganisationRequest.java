package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Address;
import io.micronaut.core.annotation.Introspected;

/**
 * A customer as the admin sends it.
 *
 * @param correspondenceViaContact send confirmations, invitations and reminders only to the contact person
 */
@Introspected
public record OrganisationRequest(String name, Address address, String contactName, String contactEmail,
                                  String billingEmail, String remarks, Boolean correspondenceViaContact) {
}
