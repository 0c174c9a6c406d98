package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.Candidate;

import java.time.Instant;

/** The signed-in student's link to an organisation as candidate. */
public record CandidacyView(String organisationId, Instant linkedAt) {

    static CandidacyView of(Candidate candidate) {
        return new CandidacyView(candidate.organisationId(), candidate.linkedAt());
    }
}
