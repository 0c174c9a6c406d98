package io.coursedesk.availability.invitations;

import io.coursedesk.availability.links.InvitationLink;

import java.time.Instant;

/**
 * One instructor's invitation for one course. {@code round} counts the invitations sent: a re-invitation
 * raises it, which voids every link of the earlier rounds.
 *
 * @param statusAt  when the status last changed (the answer's time once answered)
 * @param invitedAt when the current round's mail was requested
 */
public record InstructorInvitation(String tenantId, String courseId, String instructorId, String instructorName,
                                   String instructorEmail, int round, InvitationStatus status, Instant statusAt,
                                   Instant invitedAt) {

    public static InstructorInvitation first(String tenantId, String courseId, String instructorId,
                                             String instructorName, String instructorEmail, Instant at) {
        return new InstructorInvitation(tenantId, courseId, instructorId, instructorName, instructorEmail, 1,
                InvitationStatus.INVITED, at, at);
    }

    public InstructorInvitation withStatus(InvitationStatus newStatus, Instant at) {
        return new InstructorInvitation(tenantId, courseId, instructorId, instructorName, instructorEmail, round,
                newStatus, at, invitedAt);
    }

    public InstructorInvitation nextRound(Instant at) {
        return new InstructorInvitation(tenantId, courseId, instructorId, instructorName, instructorEmail, round + 1,
                InvitationStatus.INVITED, at, at);
    }

    public InvitationLink link() {
        return new InvitationLink(tenantId, courseId, instructorId, round);
    }
}
