package io.coursedesk.enrolment.people;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** @param organisationId the customer the student is linked to, if any */
@Introspected
public record StudentRequest(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
                             @NotBlank @DeliverableEmail String email, LocalDate birthDate, @Size(max = 64) String organisationId) {
}
