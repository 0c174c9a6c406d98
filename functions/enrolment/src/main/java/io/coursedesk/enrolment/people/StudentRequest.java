package io.coursedesk.enrolment.people;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import jakarta.validation.constraints.Size;

/** @param organisationId the customer the student is linked to, if any */
@Introspected
public record StudentRequest(@Size(max = 100) String firstName, @Size(max = 100) String lastName,
                             @Size(max = 254) String email, LocalDate birthDate, @Size(max = 64) String organisationId) {
}
