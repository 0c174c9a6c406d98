package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * An organisation's contact person invited a student (or sent the invitation again, {@code round} raised, which
 * voids the links of earlier mails). Carries the signed activation link, because only the enrolment function can
 * make it. {@code eventId}: {@code StudentInvited:<studentInvitationId>:<round>}.
 *
 * @param message       the contact's free text for the mail, null when none
 * @param activationUrl the link the invitee opens to activate the invitation; it stops working at {@code linkExpiresAt}
 */
public record StudentInvited(String eventId, String tenantId, Instant occurredAt, String studentInvitationId,
                             String organisationId, String organisationName, String firstName, String lastName,
                             String email, String message, int round, String activationUrl,
                             Instant linkExpiresAt) implements DomainEvent {
    public static StudentInvited of(String tenantId, Instant occurredAt, String studentInvitationId,
                                    String organisationId, String organisationName, String firstName, String lastName,
                                    String email, String message, int round, String activationUrl,
                                    Instant linkExpiresAt) {
        return new StudentInvited("StudentInvited:" + studentInvitationId + ":" + round, tenantId, occurredAt,
                studentInvitationId, organisationId, organisationName, firstName, lastName, email, message, round,
                activationUrl, linkExpiresAt);
    }
}
