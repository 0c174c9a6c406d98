package io.coursedesk.passes.api;

import io.micronaut.core.annotation.Introspected;

import java.net.URI;
import java.time.Instant;

/**
 * An export too large for a response body: where to fetch it, until when.
 *
 * @param downloadUrl a presigned S3 GET, valid until {@code expiresAt}
 */
@Introspected
public record ExportLinkView(String fileName, URI downloadUrl, Instant expiresAt) {
}
