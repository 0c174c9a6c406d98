package io.coursedesk.shared.email;

import java.util.Objects;

/** A file sent along with a mail. */
public record Attachment(String filename, String contentType, byte[] content) {

    public Attachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(content, "content");
    }
}
