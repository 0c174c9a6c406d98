package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.events.StudentInvitationRevoked;
import jakarta.inject.Singleton;

/** Tells an invitee, once, that their invitation was revoked: published only when the contact asked for it. */
@Singleton
class StudentInvitationRevokedMails implements EventConsumer<StudentInvitationRevoked> {
    private final StudentInvitationMails invitationMails;

    StudentInvitationRevokedMails(StudentInvitationMails invitationMails) {
        this.invitationMails = invitationMails;
    }

    @Override
    public Class<StudentInvitationRevoked> eventType() {
        return StudentInvitationRevoked.class;
    }

    @Override
    public void accept(StudentInvitationRevoked event, Context lambdaContext) {
        invitationMails.send(event, SystemEmail.STUDENT_INVITATION_REVOKED, event.email(),
                event.firstName() + " " + event.lastName(),
                invitationMails.model(event.tenantId(), event.organisationName(), event.firstName(), event.lastName()),
                lambdaContext);
    }
}
