package io.coursedesk.shared.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * A provider admin asked to send a course's students ({@code audience} {@code STUDENTS}) or its instructors
 * ({@code INSTRUCTOR}) an invitation. The subject and body are the ones chosen at request time, so editing the
 * template afterwards does not change what goes out. Attachments wait in the bucket under {@code key}.
 * {@code eventId}: {@code CourseInvitationRequested:<invitationId>}.
 *
 * @param bulk one mail per organisation contact listing its students, instead of one per student
 */
public record CourseInvitationRequested(String eventId, String tenantId, Instant occurredAt,
                                        String invitationId, String courseId, String audience,
                                        String templateId, String subject, String body, boolean bulk,
                                        List<String> cc, List<StoredAttachment> attachments) implements DomainEvent {
    public static CourseInvitationRequested of(String tenantId, Instant occurredAt, String invitationId,
                                               String courseId, String audience, String templateId, String subject,
                                               String body, boolean bulk, List<String> cc,
                                               List<StoredAttachment> attachments) {
        return new CourseInvitationRequested("CourseInvitationRequested:" + invitationId, tenantId, occurredAt,
                invitationId, courseId, audience, templateId, subject, body, bulk, cc, attachments);
    }

    public CourseInvitationRequested {
        cc = cc == null ? List.of() : List.copyOf(cc);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** @param key the object's key in the bucket */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoredAttachment(String key, String filename, String contentType, long size) {
    }
}
