package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.aws.EventConsumer;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.DutchFormat;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.events.CustomerReminderDue;
import io.coursedesk.shared.events.CustomerReminderDue.ExpiringCertificate;
import io.coursedesk.shared.persistence.CertificateRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mails a due customer reminder to the organisation's contact person, once: the chosen template or the Dutch default
 * text, {@code {{studentList}}} one line per certificate ("name: course type, verloopt op date"), by expiry date.
 * A certificate that by the time it is sent is gone, has expired, was renewed ({@link Certificate#mayBeRemindedOn})
 * or whose student left the organisation is not listed; with none left, or no contact address, there is no mail.
 */
@Singleton
class CustomerReminderMails implements EventConsumer<CustomerReminderDue> {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerReminderMails.class);

    private final OrganisationRepository organisations;
    private final StudentRepository students;
    private final CertificateRepository certificates;
    private final ReminderMails reminderMails;

    CustomerReminderMails(OrganisationRepository organisations, StudentRepository students,
                          CertificateRepository certificates, ReminderMails reminderMails) {
        this.organisations = organisations;
        this.students = students;
        this.certificates = certificates;
        this.reminderMails = reminderMails;
    }

    @Override
    public Class<CustomerReminderDue> eventType() {
        return CustomerReminderDue.class;
    }

    @Override
    public void accept(CustomerReminderDue event, Context lambdaContext) {
        Optional<Organisation> organisation = organisations.find(event.tenantId(), event.organisationId());
        Optional<EmailAddress> contact = organisation.flatMap(Recipients::contact);
        List<String> lines = contact.isEmpty() ? List.of() : stillExpiring(event);
        if (lines.isEmpty()) {
            LOG.info("customer reminder {} has no one to tell or nothing to list", event.eventId());
            return;
        }
        TemplateModel model = reminderMails.providerModel(event.tenantId())
                .set("organisation.name", organisation.get().name())
                .studentList(lines);
        OutgoingEmail mail = reminderMails.mail(event.tenantId(), "ORGANISATION#" + event.organisationId(),
                event.templateId(), SystemEmail.CUSTOMER_REMINDER, null, contact.get(), model);
        reminderMails.send(event, List.of(mail), lambdaContext);
    }

    /** One line per listed certificate that may still be reminded of, of a student still in the organisation. */
    private List<String> stillExpiring(CustomerReminderDue event) {
        LocalDate today = reminderMails.today();
        Map<String, Student> byId = students.findAll(event.tenantId(),
                event.certificates().stream().map(ExpiringCertificate::studentId).distinct().toList());
        Map<String, List<Certificate>> ofStudent = new HashMap<>();
        return event.certificates().stream()
                .filter(listed -> byId.containsKey(listed.studentId())
                        && event.organisationId().equals(byId.get(listed.studentId()).organisationId()))
                .filter(listed -> {
                    List<Certificate> held = ofStudent.computeIfAbsent(listed.studentId(),
                            studentId -> certificates.listByStudent(event.tenantId(), studentId));
                    return Certificate.reminderStillDue(held, listed.enrolmentId(), listed.expiryDate(), today);
                })
                .sorted(Comparator.comparing(ExpiringCertificate::expiryDate)
                        .thenComparing(listed -> byId.get(listed.studentId()).fullName()))
                .map(listed -> byId.get(listed.studentId()).fullName() + ": " + listed.courseType() + ", verloopt op "
                        + DutchFormat.date(listed.expiryDate()))
                .toList();
    }
}
