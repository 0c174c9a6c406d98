package io.coursedesk.passes.exports;

import java.net.URI;
import java.time.Instant;

/**
 * A finished export as the caller downloads it: the bytes themselves when they fit in a Lambda response, else a
 * short-lived link to the file in S3.
 */
public sealed interface ExportFile {

    record Inline(String fileName, byte[] content) implements ExportFile {
    }

    record Link(String fileName, URI downloadUrl, Instant expiresAt) implements ExportFile {
    }
}
