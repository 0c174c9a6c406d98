package io.coursedesk.enrolment.people;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.coursedesk.shared.domain.Organisation;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A customer as the admin sends it: company, address, contact person and contact email are required, as on the
 * manual's customer form.
 *
 * @param correspondenceViaContact send confirmations, invitations and reminders only to the contact person
 * @param licences                 the licence seats of the organisation's contact persons for student invitations;
 *                                 absent leaves them as they are (none for a new organisation)
 */
@Introspected
public record OrganisationRequest(@NotBlank @Size(max = 200) String name, @NotNull @Valid AddressRequest address,
                                  @NotBlank @Size(max = 200) String contactName,
                                  @NotBlank @DeliverableEmail String contactEmail, @DeliverableEmail String billingEmail,
                                  @Size(max = 2000) String remarks, Boolean correspondenceViaContact,
                                  @PositiveOrZero @Max(100_000) Integer licences) {

    Organisation toOrganisation(String tenantId, String organisationId, Instant createdAt, boolean studentsMayNamePayer) {
        return new Organisation(organisationId, tenantId, name.trim(), address.toAddress(), contactName.trim(),
                contactEmail.trim(), billingEmail, remarks, Boolean.TRUE.equals(correspondenceViaContact), createdAt,
                studentsMayNamePayer);
    }
}
