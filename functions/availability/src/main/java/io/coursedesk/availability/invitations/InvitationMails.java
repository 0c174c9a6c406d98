package io.coursedesk.availability.invitations;

import io.coursedesk.availability.links.AnswerLinks;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.InstructorInvited;
import io.coursedesk.shared.events.Outbox;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;

/**
 * Asks the invitation dispatch function to mail invitations, with the signed links only this function can make. The
 * requests are outbox items, written in the transaction that creates or renews the invitations.
 */
@Singleton
public class InvitationMails {
    private final AnswerLinks links;
    private final Outbox outbox;

    public InvitationMails(AnswerLinks links, Outbox outbox) {
        this.links = links;
        this.outbox = outbox;
    }

    public List<TransactWriteItem> requestsFor(List<InstructorInvitation> invitations) {
        return outbox.put(EventSources.AVAILABILITY, invitations.stream().map(this::invited).toList());
    }

    private InstructorInvited invited(InstructorInvitation invitation) {
        return InstructorInvited.of(invitation.tenantId(), invitation.invitedAt(), invitation.courseId(),
                invitation.instructorId(), invitation.instructorName(), invitation.instructorEmail(),
                invitation.round(), links.answerUrl(invitation.link(), Answer.AVAILABLE),
                links.answerUrl(invitation.link(), Answer.UNAVAILABLE), links.respondUrl(invitation.link()));
    }
}
