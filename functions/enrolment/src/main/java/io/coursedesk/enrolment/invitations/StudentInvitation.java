package io.coursedesk.enrolment.invitations;

import java.time.Duration;
import java.time.Instant;

/**
 * An organisation contact's invitation of a student, holding one of the organisation's licence seats while open.
 *
 * @param message       the contact's free text for the mail, null when none
 * @param round         raised by every mail sent again, so the links of earlier mails stop working
 * @param sentAt        when the latest mail was asked for
 * @param linkExpiresAt when the latest mail's link stops working
 * @param studentId     the student who accepted it, once accepted
 * @param closedAt      when it was accepted or revoked
 * @param invitedBy     the contact person's user id
 */
public record StudentInvitation(String id, String tenantId, String organisationId, String firstName, String lastName,
                                String email, String message, InvitationStatus status, int round, Instant invitedAt,
                                Instant sentAt, Instant linkExpiresAt, String studentId, Instant closedAt,
                                String invitedBy) {

    /** How long an invitation mail's link works. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(14);

    static StudentInvitation open(String id, String tenantId, String organisationId, InvitationRequest request,
                                  Instant now, String invitedBy) {
        return new StudentInvitation(id, tenantId, organisationId, request.firstName().strip(),
                request.lastName().strip(), request.email().strip(), message(request), InvitationStatus.OPEN, 1, now,
                now, now.plus(LINK_VALIDITY), null, null, invitedBy);
    }

    /** The invitation with the invitee's details as now asked, sent again: a new round with a new link. */
    StudentInvitation sentAgain(InvitationRequest changed, Instant now) {
        InvitationRequest details = changed == null
                ? new InvitationRequest(firstName, lastName, email, message) : changed;
        return new StudentInvitation(id, tenantId, organisationId, details.firstName().strip(),
                details.lastName().strip(), details.email().strip(), message(details), status, round + 1, invitedAt,
                now, now.plus(LINK_VALIDITY), studentId, closedAt, invitedBy);
    }

    StudentInvitation revoked(Instant now) {
        return closed(InvitationStatus.REVOKED, null, now);
    }

    StudentInvitation acceptedBy(String acceptingStudentId, Instant now) {
        return closed(InvitationStatus.ACCEPTED, acceptingStudentId, now);
    }

    public boolean isOpen() {
        return status == InvitationStatus.OPEN;
    }

    private StudentInvitation closed(InvitationStatus newStatus, String acceptingStudentId, Instant now) {
        return new StudentInvitation(id, tenantId, organisationId, firstName, lastName, email, message, newStatus,
                round, invitedAt, sentAt, linkExpiresAt, acceptingStudentId, now, invitedBy);
    }

    private static String message(InvitationRequest request) {
        return request.message() == null || request.message().isBlank() ? null : request.message().strip();
    }
}
