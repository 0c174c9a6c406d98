package io.coursedesk.shared.email;

/** A rendered mail: a one-line subject and the same content as HTML and as plain text. */
public record RenderedEmail(String subject, String html, String text) {
}
