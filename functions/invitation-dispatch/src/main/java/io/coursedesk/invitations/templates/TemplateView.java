package io.coursedesk.invitations.templates;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A template as the API shows it. */
@Introspected
public record TemplateView(String templateId, String name, String subject, String body, String courseType, boolean bulk,
                           Instant createdAt, Instant updatedAt) {

    public static TemplateView of(EmailTemplate template) {
        return new TemplateView(template.id(), template.name(), template.subject(), template.body(),
                template.courseType(), template.bulk(), template.createdAt(), template.updatedAt());
    }
}
