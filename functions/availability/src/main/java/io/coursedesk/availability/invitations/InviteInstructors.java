package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Invites qualified instructors for a course: checks every instructor first (unknown: 404, not qualified: 400,
 * busy or already invited: 409), then writes all invitations and their mail requests at once.
 */
@Singleton
public class InviteInstructors {
    static final int MAX_PER_REQUEST = 25;

    private final CourseGuard courses;
    private final InstructorRepository instructors;
    private final InvitationRepository invitations;
    private final BusyCheck busyCheck;
    private final TransactionWriter writes;
    private final InvitationMails mails;
    private final Clock clock;

    public InviteInstructors(CourseGuard courses, InstructorRepository instructors, InvitationRepository invitations,
                             BusyCheck busyCheck, TransactionWriter writes, InvitationMails mails, Clock clock) {
        this.courses = courses;
        this.instructors = instructors;
        this.invitations = invitations;
        this.busyCheck = busyCheck;
        this.writes = writes;
        this.mails = mails;
        this.clock = clock;
    }

    public List<InstructorInvitation> invite(Caller caller, String courseId, List<String> instructorIds) {
        requireWellFormed(instructorIds);
        Course course = courses.requirePlannable(caller.tenantId(), courseId);
        if (course.details().leadInstructorId() != null && course.details().secondInstructorId() != null) {
            throw ProblemException.conflict("The course already has a lead and a second instructor.");
        }
        List<Instructor> invitees = new ArrayList<>();
        for (String instructorId : instructorIds) {
            invitees.add(instructors.find(caller.tenantId(), instructorId)
                    .orElseThrow(() -> ProblemException.notFound("Instructor " + instructorId)));
        }
        InvalidFields unqualified = new InvalidFields();
        for (int i = 0; i < invitees.size(); i++) {
            unqualified.check(invitees.get(i).isQualifiedFor(course.type()), "instructorIds[" + i + "]",
                    invitees.get(i).name() + " is not qualified to teach " + course.type());
        }
        unqualified.throwIfAny();
        for (Instructor instructor : invitees) {
            if (invitations.find(caller.tenantId(), courseId, instructor.id()).isPresent()) {
                throw ProblemException.conflict(instructor.name() + " is already invited for this course; re-invite instead.");
            }
            if (busyCheck.isBusy(instructor.id(), course)) {
                throw ProblemException.conflict(instructor.name() + " is already booked on a day of this course.");
            }
        }
        Instant now = clock.instant();
        List<InstructorInvitation> invited = invitees.stream().map(instructor -> InstructorInvitation.first(
                caller.tenantId(), courseId, instructor.id(), instructor.name(), instructor.email(), now)).toList();
        List<TransactWriteItem> items = new ArrayList<>(invited.stream().map(invitations::insert).toList());
        items.addAll(mails.requestsFor(invited));
        if (!writes.write(items).committed()) {
            throw ProblemException.conflict("One of these instructors was invited meanwhile; nothing was sent.");
        }
        return invited;
    }

    private static void requireWellFormed(List<String> instructorIds) {
        InvalidFields invalid = new InvalidFields();
        if (instructorIds == null || instructorIds.isEmpty()) {
            invalid.add("instructorIds", "must name at least one instructor");
        } else if (instructorIds.size() > MAX_PER_REQUEST) {
            invalid.add("instructorIds", "names more than " + MAX_PER_REQUEST + " instructors");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < instructorIds.size(); i++) {
                String id = instructorIds.get(i);
                if (invalid.check(id != null && !id.isBlank(), "instructorIds[" + i + "]", "is required")) {
                    invalid.check(seen.add(id), "instructorIds[" + i + "]", "names the same instructor twice");
                }
            }
        }
        invalid.throwIfAny();
    }
}
