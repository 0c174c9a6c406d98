package io.coursedesk.shared.domain;

/**
 * The training provider's own profile (the tenant).
 *
 * @param notificationEmail where the suite tells the planners things (an instructor is available, ...)
 */
public record Provider(String tenantId, String name, String notificationEmail) {
}
