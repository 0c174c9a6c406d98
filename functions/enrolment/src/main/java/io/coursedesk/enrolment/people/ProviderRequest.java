package io.coursedesk.enrolment.people;

import io.micronaut.core.annotation.Introspected;

/** @param notificationEmail where the planners are told things, such as an instructor being available */
@Introspected
public record ProviderRequest(String name, String notificationEmail) {
}
