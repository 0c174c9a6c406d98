package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.email.TemplateVariables;
import io.coursedesk.shared.events.CertificateReminderDue;
import io.coursedesk.shared.persistence.CertificateRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private final ReminderMails reminderMails;

    CertificateReminderMails(CertificateRepository certificates, ReminderMails reminderMails) {
        this.certificates = certificates;
        this.reminderMails = reminderMails;
    }

    @Override
    public Class<CertificateReminderDue> eventType() {
        return CertificateReminderDue.class;
    }

    @Override
    public void accept(CertificateReminderDue event, Context lambdaContext) {
        List<Certificate> ofStudent = certificates.listByStudent(event.tenantId(), event.studentId());
        if (!Certificate.reminderStillDue(ofStudent, event.enrolmentId(), event.expiryDate(), reminderMails.today())) {
            LOG.info("certificate reminder {} is no longer due", event.eventId());
            return;
        }
        TemplateModel model = reminderMails.providerModel(event.tenantId())
                .set(TemplateVariables.COURSE_TYPE, event.courseType())
                .certificateExpiryDate(event.expiryDate());
        List<OutgoingEmail> mails = reminderMails.aboutStudent(event.tenantId(), event.studentId(),
                event.templateId(), SystemEmail.CERTIFICATE_REMINDER, event.courseId(), model);
        reminderMails.send(event, mails, lambdaContext);
    }
}
