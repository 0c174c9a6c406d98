package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Checks what Bean Validation cannot: the birth date against today, and that the organisation exists. */
@Singleton
class StudentRequestValidator {
    private final OrganisationRepository organisations;
    private final Clock clock;

    StudentRequestValidator(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    Student validate(StudentRequest request, String tenantId, String studentId, Instant createdAt) {
        InvalidFields invalid = new InvalidFields();
        if (request.birthDate() != null) {
            invalid.check(request.birthDate().isBefore(LocalDate.now(clock.withZone(Zones.AMSTERDAM)))
                            && !request.birthDate().isBefore(EARLIEST_BIRTH_DATE), "birthDate",
                    "must lie in the past, after " + EARLIEST_BIRTH_DATE);
        }
        if (request.organisationId() != null) {
            invalid.check(organisations.find(tenantId, request.organisationId()).isPresent(), "organisationId",
                    "is not a known organisation");
        }
        invalid.throwIfAny();
        return new Student(studentId, tenantId, request.firstName().trim(), request.lastName().trim(),
                request.email().trim(), request.birthDate(), request.organisationId(), createdAt);
    }
}
