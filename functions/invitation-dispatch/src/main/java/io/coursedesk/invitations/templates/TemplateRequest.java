package io.coursedesk.invitations.templates;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** What a provider admin sends to create or replace a template. */
@Introspected
public record TemplateRequest(@Nullable String name, @Nullable String subject, @Nullable String body,
                              @Nullable String courseType, @Nullable Boolean bulk) {
}
