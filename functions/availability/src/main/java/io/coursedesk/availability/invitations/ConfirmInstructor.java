package io.coursedesk.availability.invitations;

import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.InstructorRole;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.events.InstructorConfirmed;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.InstructorBookings;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Books an invited instructor as the course's lead or second instructor. The invitation's guarded write goes
 * first, so an answer given at the same moment either lands before (and is checked) or fails; the course and
 * the bookings follow. Confirming again repeats those idempotent writes, which also heals an interrupted run.
 */
@Singleton
public class ConfirmInstructor {
    private final CourseGuard courseGuard;
    private final CourseRepository courses;
    private final InvitationRepository invitations;
    private final InstructorBookings bookings;
    private final BusyCheck busyCheck;
    private final TransactionWriter writes;
    private final Outbox outbox;
    private final Clock clock;

    public ConfirmInstructor(CourseGuard courseGuard, CourseRepository courses, InvitationRepository invitations,
                             InstructorBookings bookings, BusyCheck busyCheck, TransactionWriter writes,
                             Outbox outbox, Clock clock) {
        this.courseGuard = courseGuard;
        this.courses = courses;
        this.invitations = invitations;
        this.bookings = bookings;
        this.busyCheck = busyCheck;
        this.writes = writes;
        this.outbox = outbox;
        this.clock = clock;
    }

    public InstructorInvitation confirm(Caller caller, String courseId, String instructorId, InstructorRole role) {
        Course course = courseGuard.requirePlannable(caller.tenantId(), courseId);
        InstructorInvitation invitation = invitations.find(caller.tenantId(), courseId, instructorId)
                .orElseThrow(() -> ProblemException.notFound("Invitation of instructor " + instructorId));
        InvitationStatus confirmed = InvitationStatus.confirmedAs(role);
        if (invitation.status() != confirmed) {
            requireConfirmable(course, invitation, role);
            InstructorInvitation next = invitation.withStatus(confirmed, clock.instant());
            if (!writes.write(List.of(invitations.replace(invitation, next))).committed()) {
                throw ProblemException.conflict("The invitation changed meanwhile; look at the statuses again.");
            }
            invitation = next;
        }
        InstructorConfirmed confirmation = InstructorConfirmed.of(caller.tenantId(), invitation.statusAt(), courseId,
                instructorId, invitation.instructorName(), invitation.instructorEmail(), role.name());
        if (!writes.write(List.of(courses.assignInstructor(caller.tenantId(), courseId, role, instructorId),
                outbox.put(EventSources.AVAILABILITY, confirmation))).committed()) {
            throw ProblemException.conflict("The course was cancelled meanwhile.");
        }
        bookings.book(caller.tenantId(), instructorId, courseId, course.details().dates());
        return invitation;
    }

    private void requireConfirmable(Course course, InstructorInvitation invitation, InstructorRole role) {
        switch (invitation.status()) {
            case UNAVAILABLE -> throw ProblemException.conflict(
                    invitation.instructorName() + " said they are not available.");
            case REJECTED -> throw ProblemException.conflict(
                    invitation.instructorName() + " was already told the course is covered.");
            case CONFIRMED_LEAD, CONFIRMED_SECOND -> throw ProblemException.conflict(
                    invitation.instructorName() + " is already confirmed in the other role.");
            default -> {
            }
        }
        String current = course.details().instructor(role);
        if (current != null && !current.equals(invitation.instructorId())) {
            throw ProblemException.conflict("The course already has a " + role.name().toLowerCase() + " instructor.");
        }
        InstructorRole other = role == InstructorRole.LEAD ? InstructorRole.SECOND : InstructorRole.LEAD;
        if (Objects.equals(course.details().instructor(other), invitation.instructorId())) {
            throw ProblemException.conflict(invitation.instructorName() + " already teaches this course in the other role.");
        }
        if (busyCheck.isBusy(invitation.instructorId(), course)) {
            throw ProblemException.conflict(invitation.instructorName() + " is already booked on a day of this course.");
        }
    }
}
