package io.coursedesk.availability.invitations;

import io.micronaut.core.annotation.Introspected;

/** One invited instructor's status and since when, as the provider sees it. */
@Introspected
public record InvitationView(String instructorId, String name, String email, String status, String statusAt,
                             String invitedAt, int round) {

    public static InvitationView of(InstructorInvitation invitation) {
        return new InvitationView(invitation.instructorId(), invitation.instructorName(),
                invitation.instructorEmail(), invitation.status().name(), invitation.statusAt().toString(),
                invitation.invitedAt().toString(), invitation.round());
    }
}
