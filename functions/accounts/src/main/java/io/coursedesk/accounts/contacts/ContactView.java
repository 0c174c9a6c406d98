package io.coursedesk.accounts.contacts;

import io.micronaut.core.annotation.Introspected;

/** A contact person's account: {@code contactId} is their user's id (Cognito's {@code sub}). */
@Introspected
public record ContactView(String contactId, String organisationId, String email, String name) {
}
