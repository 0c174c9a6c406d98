package io.coursedesk.invitations.dispatch;

import java.time.Instant;

/** The record of one mail: who, what, when, SES's message id and where it stands. */
public record EmailRecord(String eventId, String mailKey, String kind, String courseId, String to, String cc,
                          String subject, EmailStatus status, int attempts, Instant claimedAt, Instant sentAt,
                          String sesMessageId, String error) {
}
