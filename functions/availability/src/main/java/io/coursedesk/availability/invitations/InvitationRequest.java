package io.coursedesk.availability.invitations;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** The body of {@code POST /courses/{courseId}/instructor-invitations}. */
@Introspected
public record InvitationRequest(List<String> instructorIds) {
}
