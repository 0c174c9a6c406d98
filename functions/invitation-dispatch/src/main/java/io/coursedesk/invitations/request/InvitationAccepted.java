package io.coursedesk.invitations.request;

import io.micronaut.core.annotation.Introspected;

/** The answer to an accepted invitation request: the mails go out from the dispatch function. */
@Introspected
public record InvitationAccepted(String invitationId, String courseId, String audience, String status) {
}
