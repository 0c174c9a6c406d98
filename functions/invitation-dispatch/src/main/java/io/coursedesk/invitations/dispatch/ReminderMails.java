package io.coursedesk.invitations.dispatch;

import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.invitations.templates.TemplateRepository;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.MessageTemplate;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The mail of a reminder: the provider's template the reminder settings chose, or the Dutch default text when none
 * was chosen (or it was deleted since). A reminder about one student goes to the student or, where their
 * organisation wants all correspondence through them, to its contact person ({@link Recipients#forStudent}).
 */
@Singleton
class ReminderMails {
    private final StudentRepository students;
    private final OrganisationRepository organisations;
    private final TemplateRepository templates;

    ReminderMails(StudentRepository students, OrganisationRepository organisations, TemplateRepository templates) {
        this.students = students;
        this.organisations = organisations;
        this.templates = templates;
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
                model.set("recipient.name", to.displayName()), List.of(), List.of());
    }
}
