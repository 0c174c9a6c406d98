package io.coursedesk.invitations.templates;

import io.coursedesk.shared.email.MessageTemplate;

import java.time.Instant;

/**
 * A provider's own mail template.
 *
 * @param courseType the course type it is meant for, or null for any course
 * @param bulk       one mail per organisation contact listing its students, instead of one per student
 */
public record EmailTemplate(String id, String tenantId, String name, String subject, String body,
                            String courseType, boolean bulk, Instant createdAt, Instant updatedAt) {

    public MessageTemplate message() {
        return new MessageTemplate(subject, body);
    }
}
