package io.coursedesk.availability.invitations;

import io.micronaut.core.annotation.Introspected;

/** The body of {@code POST .../instructor-invitations/{instructorId}/confirm}: {@code LEAD} or {@code SECOND}. */
@Introspected
public record ConfirmationRequest(String role) {
}
