package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.invitations.InvitationStatus;
import io.coursedesk.enrolment.invitations.StudentInvitation;

import java.time.Instant;

/**
 * A student invitation as its organisation's contact person sees it.
 *
 * @param linkExpiresAt when the latest mail's activation link stops working
 * @param studentId     the student who accepted it, once accepted
 * @param closedAt      when it was accepted or revoked
 */
public record StudentInvitationView(String studentInvitationId, String organisationId, String firstName,
                                    String lastName, String email, String message, InvitationStatus status,
                                    Instant invitedAt, Instant sentAt, Instant linkExpiresAt, String studentId,
                                    Instant closedAt) {

    static StudentInvitationView of(StudentInvitation invitation) {
        return new StudentInvitationView(invitation.id(), invitation.organisationId(), invitation.firstName(),
                invitation.lastName(), invitation.email(), invitation.message(), invitation.status(),
                invitation.invitedAt(), invitation.sentAt(), invitation.linkExpiresAt(), invitation.studentId(),
                invitation.closedAt());
    }
}
