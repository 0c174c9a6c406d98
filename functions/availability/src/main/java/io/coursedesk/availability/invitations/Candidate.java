package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.Instructor;

/**
 * A qualified instructor for a course, as the "manage instructors" screen lists them.
 *
 * @param busy       booked for another course on a day of this course: cannot be invited
 * @param invitation this instructor's invitation for the course, or null if not invited
 */
public record Candidate(Instructor instructor, boolean busy, InstructorInvitation invitation) {
}
