package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a new round for one instructor: the answer is reset, a new mail goes out, and the links of earlier
 * rounds stop working (they carry the old round). Refused once the provider has confirmed an instructor.
 */
@Singleton
public class ReinviteInstructor {
    private final CourseGuard courses;
    private final InvitationRepository invitations;
    private final BusyCheck busyCheck;
    private final TransactionWriter writes;
    private final InvitationMails mails;
    private final Clock clock;

    public ReinviteInstructor(CourseGuard courses, InvitationRepository invitations, BusyCheck busyCheck,
                              TransactionWriter writes, InvitationMails mails, Clock clock) {
        this.courses = courses;
        this.invitations = invitations;
        this.busyCheck = busyCheck;
        this.writes = writes;
        this.mails = mails;
        this.clock = clock;
    }

    public InstructorInvitation reinvite(Caller caller, String courseId, String instructorId) {
        Course course = courses.requirePlannable(caller.tenantId(), courseId);
        InstructorInvitation invitation = invitations.find(caller.tenantId(), courseId, instructorId)
                .orElseThrow(() -> ProblemException.notFound("Invitation of instructor " + instructorId));
        if (invitations.listForCourse(caller.tenantId(), courseId).stream().anyMatch(i -> i.status().isConfirmed())) {
            throw ProblemException.conflict("An instructor has been confirmed for this course; re-inviting is no longer possible.");
        }
        if (busyCheck.isBusy(instructorId, course)) {
            throw ProblemException.conflict(invitation.instructorName() + " is already booked on a day of this course.");
        }
        InstructorInvitation next = invitation.nextRound(clock.instant());
        List<TransactWriteItem> items = new ArrayList<>(List.of(invitations.replace(invitation, next)));
        items.addAll(mails.requestsFor(List.of(next)));
        if (!writes.write(items).committed()) {
            throw ProblemException.conflict("The invitation changed meanwhile; look at the statuses again.");
        }
        return next;
    }
}
