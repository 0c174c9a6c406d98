package io.coursedesk.availability.instructors;

import io.coursedesk.availability.invitations.InvitationRepository;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.InstructorBookings;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Removes an instructor no course still needs: one booked for a course day from today on, or with an invitation
 * not yet answered or decided on, stays (409 naming those courses). Past bookings and closed invitations remain as
 * the history of their courses.
 */
@Singleton
public class RemoveInstructor {
    private final InstructorRepository instructors;
    private final InstructorBookings bookings;
    private final InvitationRepository invitations;
    private final Clock clock;

    public RemoveInstructor(InstructorRepository instructors, InstructorBookings bookings,
                            InvitationRepository invitations, Clock clock) {
        this.instructors = instructors;
        this.bookings = bookings;
        this.invitations = invitations;
        this.clock = clock;
    }

    public void remove(Caller caller, String instructorId) {
        String tenantId = caller.tenantId();
        instructors.find(tenantId, instructorId).orElseThrow(() -> ProblemException.notFound("Instructor " + instructorId));
        Set<String> teaching = bookings.coursesFrom(tenantId, instructorId, LocalDate.now(clock.withZone(Zones.AMSTERDAM)));
        if (!teaching.isEmpty()) {
            throw ProblemException.conflict("The instructor is assigned to courses that have not ended: "
                    + String.join(", ", teaching));
        }
        List<String> invited = invitations.openCoursesOf(tenantId, instructorId);
        if (!invited.isEmpty()) {
            throw ProblemException.conflict("The instructor has open invitations for courses: " + String.join(", ", invited));
        }
        if (!instructors.remove(tenantId, instructorId)) {
            throw ProblemException.notFound("Instructor " + instructorId);
        }
    }
}
