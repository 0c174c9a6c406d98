package io.coursedesk.invitations.request;

import io.coursedesk.invitations.attachments.AttachmentStore;
import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.invitations.templates.TemplateRepository;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.email.MessageTemplate;
import io.coursedesk.shared.email.SystemEmail;
import io.coursedesk.shared.email.TemplateValidator;
import io.coursedesk.shared.events.CourseInvitationRequested;
import io.coursedesk.shared.events.CourseInvitationRequested.StoredAttachment;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Accepts a course invitation: checks everything the mails will need, parks the attachments in the bucket and
 * publishes {@link CourseInvitationRequested}; the dispatch function sends the mails. Nothing is stored or
 * published for a request that is refused.
 */
@Singleton
public class RequestCourseInvitation {
    /** The manual's limit for all attachments of one invitation together. */
    public static final int MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final CourseRepository courses;
    private final TemplateRepository templates;
    private final TemplateValidator validator;
    private final AttachmentStore attachments;
    private final Outbox outbox;
    private final TransactionWriter writes;
    private final Clock clock;

    public RequestCourseInvitation(CourseRepository courses, TemplateRepository templates, TemplateValidator validator,
                                   AttachmentStore attachments, Outbox outbox, TransactionWriter writes,
                                   Clock clock) {
        this.courses = courses;
        this.templates = templates;
        this.validator = validator;
        this.attachments = attachments;
        this.outbox = outbox;
        this.writes = writes;
        this.clock = clock;
    }

    public InvitationAccepted request(Caller caller, String courseId, InvitationRequest request) {
        InvalidFields invalid = new InvalidFields();
        Audience audience = Audience.valueOf(request.audience());
        List<String> cc = request.cc() == null ? List.of() : request.cc().stream().map(String::strip).toList();
        List<byte[]> files = attachmentContents(request.attachments(), invalid);
        invalid.throwIfAny();

        Course course = courses.find(caller.tenantId(), courseId).orElseThrow(() -> ProblemException.notFound("Course"));
        EmailTemplate saved = request.templateId() == null ? null : templates.find(caller.tenantId(), request.templateId())
                .orElseThrow(() -> ProblemException.notFound("Template"));
        MessageTemplate message = message(saved, request);
        validator.validate(message).forEach(problem -> invalid.add(problem.field(), problem.detail()));
        invalid.throwIfAny();
        if (!course.isOpen()) {
            throw ProblemException.conflict("The course is cancelled.");
        }
        if (audience == Audience.INSTRUCTOR && course.details().leadInstructorId() == null
                && course.details().secondInstructorId() == null) {
            throw ProblemException.conflict("The course has no instructor yet: invite instructors for it first.");
        }

        String invitationId = Ids.newId();
        List<StoredAttachment> stored = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            AttachmentUpload upload = request.attachments().get(i);
            stored.add(attachments.place(caller.tenantId(), invitationId, i, upload.filename().strip(),
                    contentType(upload), files.get(i).length));
        }
        boolean bulk = request.bulk() != null ? request.bulk() : saved != null && saved.bulk();
        CourseInvitationRequested requested = CourseInvitationRequested.of(caller.tenantId(), clock.instant(),
                invitationId, course.id(), audience.name(), saved == null ? null : saved.id(), message.subject(),
                message.htmlBody(), bulk && audience == Audience.STUDENTS, cc, stored);
        if (!outbox.fits(requested)) {
            throw ProblemException.invalid("body", "makes the invitation too large to send: keep subject, text and"
                    + " attachment names under " + Outbox.MAX_DETAIL_BYTES / 1024 + " KB together");
        }
        for (int i = 0; i < files.size(); i++) {
            attachments.put(stored.get(i), files.get(i));
        }
        boolean committed = false;
        try {
            committed = writes.write(List.of(outbox.put(EventSources.INVITATIONS, requested))).committed();
        } finally {
            if (!committed) {
                attachments.delete(stored);
            }
        }
        if (!committed) {
            throw new IllegalStateException("the outbox refused a new invitation " + invitationId);
        }
        return new InvitationAccepted(invitationId, course.id(), audience.name(), "ACCEPTED");
    }

    /** The saved template, with the subject or body edited for this invitation; the built-in text without one. */
    private static MessageTemplate message(EmailTemplate saved, InvitationRequest request) {
        MessageTemplate base = saved != null ? saved.message()
                : request.subject() == null && request.body() == null ? SystemEmail.COURSE_INVITATION.template()
                : new MessageTemplate(null, null);
        return new MessageTemplate(request.subject() != null ? request.subject() : base.subject(),
                request.body() != null ? request.body() : base.htmlBody());
    }

    /** The decoded files, checking each encoding and the total size; names and types are checked by their annotations. */
    private static List<byte[]> attachmentContents(List<AttachmentUpload> uploads, InvalidFields invalid) {
        if (uploads == null) {
            return List.of();
        }
        List<byte[]> files = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < uploads.size(); i++) {
            AttachmentUpload upload = uploads.get(i);
            try {
                // line breaks are tolerated, anything else outside the alphabet is not
                byte[] content = Base64.getDecoder().decode(WHITESPACE.matcher(upload.content()).replaceAll(""));
                files.add(content);
                total += content.length;
            } catch (IllegalArgumentException notBase64) {
                invalid.add("attachments[" + i + "].content", "is not valid base64");
            }
        }
        invalid.check(total <= MAX_ATTACHMENT_BYTES, "attachments", "are " + total + " bytes together; at most "
                + MAX_ATTACHMENT_BYTES + " bytes (2 MB) are allowed");
        return files;
    }

    private static String contentType(AttachmentUpload upload) {
        return upload.contentType() == null || upload.contentType().isBlank() ? "application/octet-stream"
                : upload.contentType().strip();
    }
}
