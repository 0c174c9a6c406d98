package io.coursedesk.reminders.equipment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of {@code POST /equipment-certifications} and {@code PUT /equipment-certifications/{id}}.
 *
 * @param item           what is certified, as the customer knows it ("Brandblusser 6 kg, hal 2")
 * @param inspectionType the kind of inspection ("NEN 3140", "AED-keuring")
 * @param remindFrom     from this date on it appears on the dashboard; at the latest the expiry date
 */
@Introspected
public record EquipmentCertificationRequest(@NotBlank @Size(max = 64) String organisationId,
                                            @NotBlank @Size(max = 200) String item,
                                            @NotBlank @Size(max = 100) String inspectionType,
                                            @NotNull LocalDate expiryDate, @NotNull LocalDate remindFrom,
                                            @Nullable @Size(max = 2000) String remarks) {
}
