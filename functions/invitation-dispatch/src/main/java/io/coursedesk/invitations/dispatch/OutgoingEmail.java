package io.coursedesk.invitations.dispatch;

import io.coursedesk.shared.email.Attachment;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.email.MessageTemplate;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateModel;
import io.coursedesk.shared.events.CourseInvitationRequested.StoredAttachment;

import java.util.List;

/**
 * One mail an event causes, before rendering.
 *
 * @param mailKey             what the mail is about within its event ({@code STUDENT#<id>}, {@code ORGANISATION#<id>},
 *                            ...): with the event id it names the mail, so a redelivery finds it already sent
 * @param kind                which mail it is, for the record: a {@code SystemEmail} name or {@code TEMPLATE}
 * @param courseId            the course it is about, for the record; null for a mail about no one course
 * @param invitedEnrolmentIds the enrolments whose invitation time this mail sets (course invitations only)
 * @param rendered            files made from the event itself (a debit note's PDF), attached after the stored ones
 */
public record OutgoingEmail(String mailKey, String kind, String courseId, EmailAddress to, List<EmailAddress> cc,
                            MessageTemplate template, TemplateModel model, List<StoredAttachment> attachments,
                            List<String> invitedEnrolmentIds, List<Attachment> rendered) {

    /** A system mail to one recipient, without CC or attachments. */
    static OutgoingEmail system(String mailKey, SystemEmail kind, String courseId,
                                EmailAddress to, TemplateModel model) {
        return new OutgoingEmail(mailKey, kind.name(), courseId, to, List.of(), kind.template(), model, List.of(), List.of(),
                List.of());
    }
}
