package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Address;
import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer as the admin sends it.
 *
 * @param correspondenceViaContact send confirmations, invitations and reminders only to the contact person
 */
@Introspected
public record OrganisationRequest(@NotBlank @Size(max = 200) String name, Address address,
                                  @Size(max = 200) String contactName,
                                  @DeliverableEmail String contactEmail, @DeliverableEmail String billingEmail,
                                  @Size(max = 2000) String remarks, Boolean correspondenceViaContact) {
}
