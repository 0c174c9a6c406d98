package io.coursedesk.availability.invitations;

import io.coursedesk.availability.links.AnswerLinks;
import io.coursedesk.shared.events.EventPublisher;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.InstructorInvited;
import jakarta.inject.Singleton;

import java.util.List;

/** Asks the invitation dispatch function to mail invitations, with the signed links only this function can make. */
@Singleton
public class InvitationMails {
    private final AnswerLinks links;
    private final EventPublisher events;

    public InvitationMails(AnswerLinks links, EventPublisher events) {
        this.links = links;
        this.events = events;
    }

    public void send(List<InstructorInvitation> invitations) {
        events.publish(EventSources.AVAILABILITY, invitations.stream().map(this::invited).toList());
    }

    private InstructorInvited invited(InstructorInvitation invitation) {
        return new InstructorInvited(
                "InstructorInvited:" + invitation.courseId() + ":" + invitation.instructorId() + ":" + invitation.round(),
                invitation.tenantId(), invitation.invitedAt(), invitation.courseId(), invitation.instructorId(),
                invitation.instructorName(), invitation.instructorEmail(), invitation.round(),
                links.answerUrl(invitation.link(), Answer.AVAILABLE),
                links.answerUrl(invitation.link(), Answer.UNAVAILABLE),
                links.respondUrl(invitation.link()));
    }
}
