package io.coursedesk.invitations.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.events.CourseCancelled;
import io.coursedesk.shared.events.CourseInvitationRequested;
import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.events.EnrolmentCancelled;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EnrolmentPromoted;
import io.coursedesk.shared.events.EnrolmentWaitlisted;
import io.coursedesk.shared.events.EventEnvelope;
import io.coursedesk.shared.events.InstructorConfirmed;
import io.coursedesk.shared.events.InstructorInvited;
import io.coursedesk.shared.events.InstructorResponded;
import io.coursedesk.shared.events.InstructorsRejected;
import io.coursedesk.shared.events.ParticipantReplaced;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns one delivered event into its mails and sends each once. A mail that fails does not stop the others;
 * the event then fails as a whole, and its next delivery sends only what is still missing.
 */
@Singleton
public class InvitationDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(InvitationDispatcher.class);

    private final Map<String, Function<EventEnvelope, Plan>> planners = new HashMap<>();
    private final ObjectMapper json;
    private final CourseContexts contexts;
    private final EmailSender sender;
    private final EnrolmentRepository enrolments;

    InvitationDispatcher(ObjectMapper json, CourseContexts contexts, EmailSender sender, EnrolmentRepository enrolments,
                         EnrolmentMails enrolmentMails, CourseInvitationMails invitationMails, InstructorMails instructorMails) {
        this.json = json;
        this.contexts = contexts;
        this.sender = sender;
        this.enrolments = enrolments;
        on(EnrolmentConfirmed.class, enrolmentMails::confirmed);
        on(EnrolmentWaitlisted.class, enrolmentMails::waitlisted);
        on(EnrolmentPromoted.class, enrolmentMails::promoted);
        on(EnrolmentCancelled.class, enrolmentMails::cancelled);
        on(ParticipantReplaced.class, enrolmentMails::replaced);
        on(CourseCancelled.class, enrolmentMails::courseCancelled);
        on(CourseInvitationRequested.class, invitationMails::requested);
        on(InstructorInvited.class, instructorMails::invited);
        on(InstructorResponded.class, instructorMails::responded);
        on(InstructorConfirmed.class, instructorMails::confirmed);
        on(InstructorsRejected.class, instructorMails::rejected);
    }

    public void dispatch(EventEnvelope envelope, DeliveryAttempt attempt) {
        Function<EventEnvelope, Plan> planner = planners.get(envelope.detailType());
        if (planner == null) {
            LOG.warn("no mails for events of type {} (event {})", envelope.detailType(), envelope.id());
            return;
        }
        Plan plan = planner.apply(envelope);
        send(plan.event(), plan.mails(), attempt);
    }

    /**
     * Sends each of the event's mails once, and records the invitation time of the enrolments a mail invites.
     * Throws when one failed, after trying all: the event's next delivery sends only what is still missing.
     */
    public void send(DomainEvent event, List<OutgoingEmail> mails, DeliveryAttempt attempt) {
        Provider provider = contexts.provider(event.tenantId());
        RuntimeException failure = null;
        for (OutgoingEmail mail : mails) {
            try {
                EmailRecord record = sender.send(event.tenantId(), event.eventId(), provider, mail, attempt);
                mail.invitedEnrolmentIds().forEach(enrolmentId ->
                        enrolments.markInvited(event.tenantId(), mail.courseId(), enrolmentId, record.sentAt()));
            } catch (MailInProgressException | EmailNotSentException e) {
                LOG.warn("{}", e.getMessage());
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private <E extends DomainEvent> void on(Class<E> type, Function<E, List<OutgoingEmail>> mails) {
        planners.put(type.getSimpleName(), envelope -> {
            E event = envelope.detailAs(type, json);
            return new Plan(event, mails.apply(event));
        });
    }

    private record Plan(DomainEvent event, List<OutgoingEmail> mails) {
    }
}
