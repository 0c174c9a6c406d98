package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.invitations.templates.TemplateRepository;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.MessageTemplate;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The mail of a reminder: the provider's template the reminder settings chose, or the Dutch default text when none
 * was chosen (or it was deleted since). A reminder about one student goes to the student or, where their
 * organisation wants all correspondence through them, to its contact person ({@link Recipients#forStudent}). Sent
 * through the dispatcher, once per event and recipient.
 */
@Singleton
class ReminderMails {
    private final StudentRepository students;
    private final OrganisationRepository organisations;
    private final TemplateRepository templates;
    private final CourseContexts contexts;
    private final InvitationDispatcher dispatcher;
    private final Clock clock;

    ReminderMails(StudentRepository students, OrganisationRepository organisations, TemplateRepository templates,
                  CourseContexts contexts, InvitationDispatcher dispatcher, Clock clock) {
        this.students = students;
        this.organisations = organisations;
        this.templates = templates;
        this.contexts = contexts;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Today in Europe/Amsterdam, the day a reminder is sent on. */
    LocalDate today() {
        return clock.instant().atZone(Zones.AMSTERDAM).toLocalDate();
    }

    /** The provider's variables, for a reminder about no one course. */
    TemplateModel providerModel(String tenantId) {
        Provider provider = contexts.provider(tenantId);
        return new TemplateModel().providerName(provider.name()).set("provider.email", provider.notificationEmail());
    }

    /** Sends each mail of the reminder once (the dispatcher's mail log); throws when one failed, so Lambda retries. */
    void send(DomainEvent event, List<OutgoingEmail> mails, Context lambdaContext) {
        dispatcher.send(event, mails, DeliveryAttempt.of(lambdaContext, clock));
    }

    /** The one mail, or none when the student is gone or nobody has an address. */
    List<OutgoingEmail> aboutStudent(String tenantId, String studentId, String templateId, SystemEmail defaultText,
                                     String courseId, TemplateModel model) {
        Optional<Student> student = students.find(tenantId, studentId);
        if (student.isEmpty()) {
            return List.of();
        }
        Organisation organisation = student.get().organisationId() == null ? null
                : organisations.find(tenantId, student.get().organisationId()).orElse(null);
        return Recipients.forStudent(student.get(), organisation)
                .map(to -> mail(tenantId, "STUDENT#" + studentId, templateId, defaultText, courseId, to,
                        model.student(student.get().firstName(), student.get().lastName())))
                .stream().toList();
    }

    /** The mail to {@code to} with the chosen template or the default text; {@code recipient.name} is set here. */
    OutgoingEmail mail(String tenantId, String mailKey, String templateId, SystemEmail defaultText, String courseId,
                       EmailAddress to, TemplateModel model) {
        Optional<EmailTemplate> chosen = templateId == null ? Optional.empty() : templates.find(tenantId, templateId);
        String kind = chosen.isPresent() ? CourseInvitationMails.KIND : defaultText.name();
        MessageTemplate template = chosen.map(EmailTemplate::message).orElse(defaultText.template());
        return new OutgoingEmail(mailKey, kind, courseId, to, List.of(), template,
                model.set("recipient.name", to.displayName()), List.of(), List.of(), List.of());
    }
}
