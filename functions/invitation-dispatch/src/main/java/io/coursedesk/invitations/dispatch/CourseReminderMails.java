package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.events.CourseReminderDue;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Mails a due course reminder: the provider's chosen template, or the Dutch default text, about the participant, to
 * them or to their organisation's contact person, once (the event's mail in the {@link EmailLog}). Nothing when,
 * by the time it is sent, the enrolment may no longer be reminded ({@link Enrolment#mayBeRemindedOf}: cancelled,
 * never invited, the course cancelled or started) or has passed to a colleague.
 */
@Singleton
class CourseReminderMails implements EventConsumer<CourseReminderDue> {
    private static final Logger LOG = LoggerFactory.getLogger(CourseReminderMails.class);

    private final CourseContexts contexts;
    private final EnrolmentRepository enrolments;
    private final ReminderMails reminderMails;
    private final Clock clock;

    CourseReminderMails(CourseContexts contexts, EnrolmentRepository enrolments, ReminderMails reminderMails,
                        Clock clock) {
        this.contexts = contexts;
        this.enrolments = enrolments;
        this.reminderMails = reminderMails;
        this.clock = clock;
    }

    @Override
    public Class<CourseReminderDue> eventType() {
        return CourseReminderDue.class;
    }

    @Override
    public void accept(CourseReminderDue event, Context lambdaContext) {
        Optional<CourseContext> context = contexts.find(event.tenantId(), event.courseId());
        Optional<Enrolment> enrolment = enrolments.find(event.tenantId(), event.courseId(), event.enrolmentId());
        if (context.isEmpty() || enrolment.isEmpty()
                || !enrolment.get().mayBeRemindedOf(context.get().course(), clock.instant())
                || !enrolment.get().studentId().equals(event.studentId())) {
            LOG.info("course reminder {} is no longer due", event.eventId());
            return;
        }
        List<OutgoingEmail> mails = reminderMails.aboutStudent(event.tenantId(), event.studentId(),
                event.templateId(), SystemEmail.COURSE_REMINDER, event.courseId(), context.get().model());
        reminderMails.send(event, mails, lambdaContext);
    }
}
