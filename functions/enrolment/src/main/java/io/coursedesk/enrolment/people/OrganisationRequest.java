package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Address;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Size;

/**
 * A customer as the admin sends it.
 *
 * @param correspondenceViaContact send confirmations, invitations and reminders only to the contact person
 */
@Introspected
public record OrganisationRequest(@Size(max = 200) String name, Address address, @Size(max = 200) String contactName,
                                  @Size(max = 254) String contactEmail, @Size(max = 254) String billingEmail,
                                  @Size(max = 2000) String remarks, Boolean correspondenceViaContact) {
}
