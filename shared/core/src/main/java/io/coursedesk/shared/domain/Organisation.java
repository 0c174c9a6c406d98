package io.coursedesk.shared.domain;

import java.time.Instant;

/**
 * A customer of the provider: a company, school or institution.
 *
 * @param correspondenceViaContact when set, confirmations, invitations and reminders go only to the contact person
 */
public record Organisation(String id, String tenantId, String name, Address address, String contactName,
                           String contactEmail, String billingEmail, String remarks,
                           boolean correspondenceViaContact, Instant createdAt) {
}
