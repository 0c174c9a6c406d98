package io.coursedesk.availability.links;

/** What a signed answer link stands for: one invitation round of one instructor for one course of one provider. */
public record InvitationLink(String tenantId, String courseId, String instructorId, int round) {
}
