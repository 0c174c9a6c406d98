package io.coursedesk.enrolment.people;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;

/** @param organisationId the customer the student is linked to, if any */
@Introspected
public record StudentRequest(String firstName, String lastName, String email, LocalDate birthDate,
                             String organisationId) {
}
