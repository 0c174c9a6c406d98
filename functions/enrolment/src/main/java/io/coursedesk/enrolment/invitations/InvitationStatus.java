package io.coursedesk.enrolment.invitations;

/** Where a student invitation stands: open (holding a seat) until the invitee accepts it or the contact revokes it. */
public enum InvitationStatus {
    OPEN, ACCEPTED, REVOKED
}
