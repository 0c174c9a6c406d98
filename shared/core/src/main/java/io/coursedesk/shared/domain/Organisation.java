package io.coursedesk.shared.domain;

import java.time.Instant;

/**
 * A customer of the provider: a company, school or institution.
 *
 * @param correspondenceViaContact when set, confirmations, invitations and reminders go only to the contact person
 * @param studentsMayNamePayer     whether its people may name it as payer of their own enrolment (manual 002); the
 *                                 organisation decides, so its contact sets it, and it is on until they switch it off
 */
public record Organisation(String id, String tenantId, String name, Address address, String contactName,
                           String contactEmail, String billingEmail, String remarks,
                           boolean correspondenceViaContact, Instant createdAt, boolean studentsMayNamePayer) {

    /** A customer whose people may name it as payer, as every new customer is. */
    public Organisation(String id, String tenantId, String name, Address address, String contactName,
                        String contactEmail, String billingEmail, String remarks,
                        boolean correspondenceViaContact, Instant createdAt) {
        this(id, tenantId, name, address, contactName, contactEmail, billingEmail, remarks, correspondenceViaContact,
                createdAt, true);
    }
}
