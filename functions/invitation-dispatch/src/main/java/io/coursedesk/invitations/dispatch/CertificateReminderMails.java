package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.email.TemplateVariables;
import io.coursedesk.shared.events.CertificateReminderDue;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Mails a due certificate reminder: the provider's chosen template, or the Dutch default text, with the student's
 * names, the course type and the expiry date, to the student or their organisation's contact person, once. Nothing
 * when, by the time it is sent, the certificate is gone, has expired or was renewed by a newer one of the same
 * course type ({@link Certificate#mayBeRemindedOn}).
 */
@Singleton
class CertificateReminderMails implements EventConsumer<CertificateReminderDue> {
    private static final Logger LOG = LoggerFactory.getLogger(CertificateReminderMails.class);

    private final CertificateRepository certificates;
    private final CourseContexts contexts;
    private final ReminderMails reminderMails;
    private final InvitationDispatcher dispatcher;
    private final Clock clock;

    CertificateReminderMails(CertificateRepository certificates, CourseContexts contexts, ReminderMails reminderMails,
                             InvitationDispatcher dispatcher, Clock clock) {
        this.certificates = certificates;
        this.contexts = contexts;
        this.reminderMails = reminderMails;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public Class<CertificateReminderDue> eventType() {
        return CertificateReminderDue.class;
    }

    @Override
    public void accept(CertificateReminderDue event, Context lambdaContext) {
        List<Certificate> ofStudent = certificates.listByStudent(event.tenantId(), event.studentId());
        LocalDate today = clock.instant().atZone(Zones.AMSTERDAM).toLocalDate();
        if (!Certificate.reminderStillDue(ofStudent, event.enrolmentId(), event.expiryDate(), today)) {
            LOG.info("certificate reminder {} is no longer due", event.eventId());
            return;
        }
        Provider provider = contexts.provider(event.tenantId());
        TemplateModel model = new TemplateModel()
                .set(TemplateVariables.COURSE_TYPE, event.courseType())
                .certificateExpiryDate(event.expiryDate())
                .providerName(provider.name())
                .set("provider.email", provider.notificationEmail());
        List<OutgoingEmail> mails = reminderMails.aboutStudent(event.tenantId(), event.studentId(),
                event.templateId(), SystemEmail.CERTIFICATE_REMINDER, event.courseId(), model);
        dispatcher.send(event, mails, DeliveryAttempt.of(lambdaContext, clock));
    }
}
