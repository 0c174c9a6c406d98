package io.coursedesk.availability.invitations;

import io.micronaut.core.annotation.Introspected;

/** @param invitationStatus null when the instructor has not been invited for the course */
@Introspected
public record CandidateView(String instructorId, String name, String email, boolean external, boolean busy,
                            String invitationStatus) {

    public static CandidateView of(Candidate candidate) {
        return new CandidateView(candidate.instructor().id(), candidate.instructor().name(),
                candidate.instructor().email(), candidate.instructor().external(), candidate.busy(),
                candidate.invitation() == null ? null : candidate.invitation().status().name());
    }
}
