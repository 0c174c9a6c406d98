package io.coursedesk.enrolment.invitations;

import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.events.StudentInvitationRevoked;
import io.coursedesk.shared.events.StudentInvited;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;

/**
 * Asks the invitation dispatch function to mail an invitee, with the signed link only this function can make: the
 * requests are outbox items in the transaction that opens, sends again or revokes the invitation.
 */
@Singleton
class InvitationMails {
    private final InvitationLinks links;
    private final Outbox outbox;

    InvitationMails(InvitationLinks links, Outbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    TransactWriteItem invited(StudentInvitation invitation, Organisation organisation, Instant now) {
        return outbox.put(EventSources.ENROLMENT, StudentInvited.of(invitation.tenantId(), now, invitation.id(),
                organisation.id(), organisation.name(), invitation.firstName(), invitation.lastName(),
                invitation.email(), invitation.message(), invitation.round(), links.activationUrl(invitation),
                invitation.linkExpiresAt()));
    }

    TransactWriteItem revoked(StudentInvitation invitation, Organisation organisation, Instant now) {
        return outbox.put(EventSources.ENROLMENT, StudentInvitationRevoked.of(invitation.tenantId(), now,
                invitation.id(), organisation.id(), organisation.name(), invitation.firstName(),
                invitation.lastName(), invitation.email()));
    }
}
