package io.coursedesk.enrolment.people;

import io.coursedesk.shared.http.validation.DeliverableEmail;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param notificationEmail where the planners are told things, such as an instructor being available */
@Introspected
public record ProviderRequest(@NotBlank @Size(max = 200) String name, @NotBlank @DeliverableEmail String notificationEmail) {
}
