package io.coursedesk.shared.email;

/**
 * A mail before rendering: a Mustache subject and a Mustache HTML body. The plain-text part is derived from
 * the rendered HTML, so a template author writes the text once.
 */
public record MessageTemplate(String subject, String htmlBody) {
}
