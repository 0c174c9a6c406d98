package io.coursedesk.invitations.request;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A provider admin's invitation for a course: to its students or its instructor, from a saved template
 * ({@code templateId}), a template edited for this once (its id plus {@code subject}/{@code body}), a text of
 * their own, or, with none of these, the built-in Dutch invitation.
 */
@Introspected
public record InvitationRequest(@Nullable String audience, @Nullable String templateId, @Nullable String subject,
                                @Nullable String body, @Nullable Boolean bulk, @Nullable List<String> cc,
                                @Nullable List<AttachmentUpload> attachments) {
}
