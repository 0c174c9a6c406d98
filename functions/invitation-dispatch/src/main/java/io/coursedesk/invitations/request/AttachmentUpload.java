package io.coursedesk.invitations.request;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** One file sent along with an invitation, base64 in the request's JSON. */
@Introspected
public record AttachmentUpload(@Nullable String filename, @Nullable String contentType, @Nullable String content) {
}
