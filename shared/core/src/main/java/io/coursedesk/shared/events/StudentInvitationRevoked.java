package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * A contact person revoked an open student invitation and asked for the invitee to be told; a revocation without
 * that wish publishes nothing. {@code eventId}: {@code StudentInvitationRevoked:<studentInvitationId>} (an
 * invitation is revoked once).
 */
public record StudentInvitationRevoked(String eventId, String tenantId, Instant occurredAt,
                                       String studentInvitationId, String organisationId, String organisationName,
                                       String firstName, String lastName, String email) implements DomainEvent {
    public static StudentInvitationRevoked of(String tenantId, Instant occurredAt, String studentInvitationId,
                                              String organisationId, String organisationName, String firstName,
                                              String lastName, String email) {
        return new StudentInvitationRevoked("StudentInvitationRevoked:" + studentInvitationId, tenantId, occurredAt,
                studentInvitationId, organisationId, organisationName, firstName, lastName, email);
    }
}
