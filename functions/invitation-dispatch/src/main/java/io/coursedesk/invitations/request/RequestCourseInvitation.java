package io.coursedesk.invitations.request;

import io.coursedesk.invitations.attachments.AttachmentStore;
import io.coursedesk.invitations.templates.EmailTemplate;
import io.coursedesk.invitations.templates.TemplateRepository;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.email.EmailAddress;
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
    static final int MAX_CC = 10;
    static final int MAX_ATTACHMENTS = 10;
    static final int MAX_FILENAME_LENGTH = 200;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CONTENT_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_-]*/[A-Za-z0-9][A-Za-z0-9.+_-]*");

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
        Audience audience = audience(request.audience(), invalid);
        List<String> cc = cc(request.cc(), invalid);
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

    private static Audience audience(String value, InvalidFields invalid) {
        if (!invalid.required(value, "audience")) {
            return null;
        }
        try {
            return Audience.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            invalid.add("audience", "must be STUDENTS or INSTRUCTOR");
            return null;
        }
    }

    /** The saved template, with the subject or body edited for this invitation; the built-in text without one. */
    private static MessageTemplate message(EmailTemplate saved, InvitationRequest request) {
        MessageTemplate base = saved != null ? saved.message()
                : request.subject() == null && request.body() == null ? SystemEmail.COURSE_INVITATION.template()
                : new MessageTemplate(null, null);
        return new MessageTemplate(request.subject() != null ? request.subject() : base.subject(),
                request.body() != null ? request.body() : base.htmlBody());
    }

    private static List<String> cc(List<String> addresses, InvalidFields invalid) {
        if (addresses == null) {
            return List.of();
        }
        invalid.check(addresses.size() <= MAX_CC, "cc", "may name at most " + MAX_CC + " addresses");
        for (int i = 0; i < addresses.size(); i++) {
            invalid.check(EmailAddress.isValid(addresses.get(i)), "cc[" + i + "]", "is not an email address");
        }
        return addresses.stream().map(String::strip).toList();
    }

    /** The decoded files, checking each name and encoding and the total size. */
    private static List<byte[]> attachmentContents(List<AttachmentUpload> uploads, InvalidFields invalid) {
        if (uploads == null) {
            return List.of();
        }
        if (!invalid.check(uploads.size() <= MAX_ATTACHMENTS, "attachments", "may hold at most " + MAX_ATTACHMENTS + " files")) {
            return List.of();
        }
        List<byte[]> files = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < uploads.size(); i++) {
            AttachmentUpload upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            if (upload == null) {
                invalid.add(field, "is required");
                continue;
            }
            if (invalid.required(upload.filename(), field + ".filename")) {
                invalid.check(upload.filename().strip().length() <= MAX_FILENAME_LENGTH
                                && upload.filename().chars().noneMatch(Character::isISOControl),
                        field + ".filename", "must be at most " + MAX_FILENAME_LENGTH + " printable characters");
            }
            invalid.check(upload.contentType() == null || CONTENT_TYPE.matcher(upload.contentType().strip()).matches(),
                    field + ".contentType", "is not a media type such as application/pdf");
            if (!invalid.required(upload.content(), field + ".content")) {
                continue;
            }
            try {
                // line breaks are tolerated, anything else outside the alphabet is not
                byte[] content = Base64.getDecoder().decode(WHITESPACE.matcher(upload.content()).replaceAll(""));
                files.add(content);
                total += content.length;
            } catch (IllegalArgumentException notBase64) {
                invalid.add(field + ".content", "is not valid base64");
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
