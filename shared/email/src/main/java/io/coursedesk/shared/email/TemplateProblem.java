package io.coursedesk.shared.email;

/**
 * Why a template cannot be saved.
 *
 * @param field  the template part at fault: {@code subject} or {@code body}
 * @param detail what is wrong, for the person who wrote it
 */
public record TemplateProblem(String field, String detail) {
}
