package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.EnrolmentStatus;

import java.time.Instant;

/**
 * One line of a course's roster.
 *
 * @param payer               {@code SELF} or the paying organisation's id
 * @param waitingListPosition 1 for the first in line; null for confirmed participants
 * @param invitedAt           when the course invitation was sent; null if not yet
 */
public record RosterEntry(String enrolmentId, String studentId, String name, String organisationId,
                          String organisationName, String payer, EnrolmentStatus status,
                          Integer waitingListPosition, Boolean present, Boolean passed, Instant invitedAt) {
}
