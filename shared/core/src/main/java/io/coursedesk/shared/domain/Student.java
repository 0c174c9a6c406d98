package io.coursedesk.shared.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A participant. {@code organisationId} links them to a customer (their employer or school), if any. */
public record Student(String id, String tenantId, String firstName, String lastName, String email,
                      LocalDate birthDate, String organisationId, Instant createdAt) {

    public Student withOrganisation(String newOrganisationId) {
        return new Student(id, tenantId, firstName, lastName, email, birthDate, newOrganisationId, createdAt);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}
