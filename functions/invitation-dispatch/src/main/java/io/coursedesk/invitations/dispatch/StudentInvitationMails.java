package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.events.StudentInvited;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Mails a student invitation (manual 000) to the invitee, once per mail round through the {@link EmailLog}: the
 * Dutch default text with the contact's free message and the activation link the enrolment function signed. The
 * address was checked when the contact entered it, so an invalid one fails the event (retried, then dead-lettered).
 */
@Singleton
class StudentInvitationMails implements EventConsumer<StudentInvited> {
    private final CourseContexts contexts;
    private final InvitationDispatcher dispatcher;
    private final Clock clock;

    StudentInvitationMails(CourseContexts contexts, InvitationDispatcher dispatcher, Clock clock) {
        this.contexts = contexts;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public Class<StudentInvited> eventType() {
        return StudentInvited.class;
    }

    @Override
    public void accept(StudentInvited event, Context lambdaContext) {
        ZonedDateTime expiresAt = event.linkExpiresAt().atZone(Zones.AMSTERDAM);
        TemplateModel model = model(event.tenantId(), event.organisationName(), event.firstName(), event.lastName())
                .set("invitation.message", event.message())
                .set("invitation.link", event.activationUrl())
                .set("invitation.expiresAt", DutchFormat.date(expiresAt.toLocalDate()) + " "
                        + DutchFormat.time(expiresAt.toLocalTime()));
        send(event, SystemEmail.STUDENT_INVITATION, event.email(), event.firstName() + " " + event.lastName(), model,
                lambdaContext);
    }

    /** The variables both invitation mails use: provider, organisation, invitee. */
    TemplateModel model(String tenantId, String organisationName, String firstName, String lastName) {
        Provider provider = contexts.provider(tenantId);
        return new TemplateModel().providerName(provider.name()).set("provider.email", provider.notificationEmail())
                .set("organisation.name", organisationName).student(firstName, lastName);
    }

    /** Sends the one mail to the invitee, once (mail key {@code INVITEE}). */
    void send(DomainEvent event, SystemEmail kind, String email, String name, TemplateModel model,
              Context lambdaContext) {
        EmailAddress to = Recipients.address(email, name).orElseThrow(() ->
                new IllegalStateException(event.eventId() + " has no valid invitee address"));
        dispatcher.send(event, List.of(OutgoingEmail.system("INVITEE", kind, null, to,
                model.set("recipient.name", to.displayName()))), DeliveryAttempt.of(lambdaContext, clock));
    }
}
