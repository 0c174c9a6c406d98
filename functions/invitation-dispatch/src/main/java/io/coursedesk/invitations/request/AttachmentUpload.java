package io.coursedesk.invitations.request;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One file sent along with an invitation, base64 in the request's JSON; without a content type it is octet-stream. */
@Introspected
public record AttachmentUpload(
        @NotBlank @Size(max = 200) @Pattern(regexp = "\\P{Cc}*", message = "must be printable characters only")
        String filename,
        @Nullable @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9.+_-]*/[A-Za-z0-9][A-Za-z0-9.+_-]*\\s*",
                message = "is not a media type such as application/pdf")
        String contentType,
        @NotBlank String content) {
}
