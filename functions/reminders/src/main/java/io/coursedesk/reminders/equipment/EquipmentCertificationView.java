package io.coursedesk.reminders.equipment;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.time.LocalDate;

/** An equipment certification as the API shows it, with its status today and its customer's name. */
@Introspected
public record EquipmentCertificationView(String equipmentCertificationId, String organisationId,
                                         String organisationName, String item, String inspectionType,
                                         LocalDate expiryDate, LocalDate remindFrom, EquipmentCertification.Status status,
                                         String remarks, Instant createdAt, Instant updatedAt) {

    public static EquipmentCertificationView of(EquipmentCertification certification, String organisationName,
                                                LocalDate today) {
        return new EquipmentCertificationView(certification.equipmentCertificationId(), certification.organisationId(),
                organisationName, certification.item(), certification.inspectionType(), certification.expiryDate(),
                certification.remindFrom(), certification.statusOn(today), certification.remarks(),
                certification.createdAt(), certification.updatedAt());
    }
}
