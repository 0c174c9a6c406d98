package io.coursedesk.availability.invitations;

import io.coursedesk.shared.events.EventPublisher;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.InstructorsRejected;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells everyone who said available or did not answer that the course is covered. Only after a confirmation
 * (otherwise it would not be true); a rejected instructor is never rejected twice, so sending again mails nobody.
 */
@Singleton
public class SendRejections {
    private final CourseGuard courses;
    private final InvitationRepository invitations;
    private final TableWrites writes;
    private final EventPublisher events;
    private final Clock clock;

    public SendRejections(CourseGuard courses, InvitationRepository invitations, TableWrites writes,
                          EventPublisher events, Clock clock) {
        this.courses = courses;
        this.invitations = invitations;
        this.writes = writes;
        this.events = events;
        this.clock = clock;
    }

    public List<InstructorInvitation> send(Caller caller, String courseId) {
        courses.require(caller.tenantId(), courseId);
        List<InstructorInvitation> all = invitations.listForCourse(caller.tenantId(), courseId);
        if (all.stream().noneMatch(i -> i.status().isConfirmed())) {
            throw ProblemException.conflict("No instructor has been confirmed for this course yet.");
        }
        Instant now = clock.instant();
        List<InstructorInvitation> current = all.stream()
                .filter(i -> i.status() == InvitationStatus.INVITED || i.status() == InvitationStatus.AVAILABLE)
                .toList();
        if (current.isEmpty()) {
            return List.of();
        }
        if (current.size() > TableWrites.MAX_ITEMS) {
            throw ProblemException.conflict("More than " + TableWrites.MAX_ITEMS + " open invitations.");
        }
        List<InstructorInvitation> rejected = new ArrayList<>();
        current.forEach(i -> rejected.add(i.withStatus(InvitationStatus.REJECTED, now)));
        List<TransactWriteItem> items = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            items.add(invitations.replace(current.get(i), rejected.get(i)));
        }
        if (!writes.writeAll(items)) {
            throw ProblemException.conflict("An instructor answered meanwhile; look at the statuses again.");
        }
        events.publish(EventSources.AVAILABILITY, new InstructorsRejected(
                "InstructorsRejected:" + courseId + ":" + now.toEpochMilli(), caller.tenantId(), now, courseId,
                rejected.stream().map(i -> new InstructorsRejected.RejectedInstructor(
                        i.instructorId(), i.instructorName(), i.instructorEmail())).toList()));
        return rejected;
    }
}
