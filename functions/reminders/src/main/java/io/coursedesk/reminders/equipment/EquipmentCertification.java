package io.coursedesk.reminders.equipment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certification of a thing rather than a person, kept for a customer: a fire extinguisher's, an AED's, a NEN 3140
 * inspection. It needs attention from {@code remindFrom} on, and is expired after {@code expiryDate}.
 */
public record EquipmentCertification(String equipmentCertificationId, String tenantId, String organisationId,
                                     String item, String inspectionType, LocalDate expiryDate, LocalDate remindFrom,
                                     String remarks, Instant createdAt, Instant updatedAt) {

    public Status statusOn(LocalDate today) {
        if (today.isAfter(expiryDate)) {
            return Status.EXPIRED;
        }
        return today.isBefore(remindFrom) ? Status.VALID : Status.DUE;
    }

    /** VALID until the remind-from date, DUE from it up to and including the expiry date, EXPIRED after. */
    public enum Status {
        VALID, DUE, EXPIRED
    }
}
