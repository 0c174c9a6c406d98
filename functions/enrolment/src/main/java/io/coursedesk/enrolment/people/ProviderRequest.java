package io.coursedesk.enrolment.people;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Size;

/** @param notificationEmail where the planners are told things, such as an instructor being available */
@Introspected
public record ProviderRequest(@Size(max = 200) String name, @Size(max = 254) String notificationEmail) {
}
