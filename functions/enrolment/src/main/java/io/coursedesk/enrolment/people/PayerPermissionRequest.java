package io.coursedesk.enrolment.people;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotNull;

/** @param studentsMayNamePayer false: only a contact or the admin may name the organisation as payer */
@Introspected
public record PayerPermissionRequest(@NotNull Boolean studentsMayNamePayer) {
}
