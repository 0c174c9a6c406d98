package io.coursedesk.invitations.request;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A provider admin's invitation for a course: to its students or its instructor, from a saved template
 * ({@code templateId}), a template edited for this once (its id plus {@code subject}/{@code body}), a text of
 * their own, or, with none of these, the built-in Dutch invitation.
 */
@Introspected
public record InvitationRequest(@NotBlank @Pattern(regexp = "STUDENTS|INSTRUCTOR", message = "must be STUDENTS or INSTRUCTOR")
                                String audience,
                                @Nullable @Size(max = 64) String templateId, @Nullable String subject,
                                @Nullable String body, @Nullable Boolean bulk,
                                @Nullable @Size(max = MAX_CC) List<@NotNull @DeliverableEmail String> cc,
                                @Nullable @Size(max = MAX_ATTACHMENTS) List<@NotNull @Valid AttachmentUpload> attachments) {
    static final int MAX_CC = 10;
    static final int MAX_ATTACHMENTS = 10;
}
