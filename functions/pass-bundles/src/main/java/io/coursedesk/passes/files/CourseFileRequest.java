package io.coursedesk.passes.files;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /courses/{courseId}/files}: what will be uploaded. The upload URL is signed for exactly
 * this type and size, so S3 refuses any other.
 *
 * @param name                  the file name participants see and download under
 * @param contentType           PDF, an image or an Office document (see {@link FileTypes})
 * @param size                  bytes, at most 20 MB
 * @param visibleToParticipants false (the default) keeps it for the provider's own staff
 */
@Introspected
public record CourseFileRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}/\\\\]+", message = "must not contain control characters or slashes") String name,
        @NotBlank String contentType,
        @NotNull @Positive @Max(FileTypes.MAX_SIZE) Long size,
        Boolean visibleToParticipants) {
}
