package io.coursedesk.availability.invitations;

import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.InstructorsRejected;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells everyone who said available or did not answer that the course is covered. Only after a confirmation
 * (otherwise it would not be true); a rejected instructor is never rejected again.
 */
@Singleton
public class SendRejections {
    private final CourseGuard courses;
    private final InvitationRepository invitations;
    private final TransactionWriter writes;
    private final Outbox outbox;
    private final Clock clock;

    public SendRejections(CourseGuard courses, InvitationRepository invitations, TransactionWriter writes,
                          Outbox outbox, Clock clock) {
        this.courses = courses;
        this.invitations = invitations;
        this.writes = writes;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the instructors rejected by this call */
    public List<InstructorInvitation> send(Caller caller, String courseId) {
        courses.require(caller.tenantId(), courseId);
        List<InstructorInvitation> all = invitations.listForCourse(caller.tenantId(), courseId);
        if (all.stream().noneMatch(i -> i.status().isConfirmed())) {
            throw ProblemException.conflict("No instructor has been confirmed for this course yet.");
        }
        List<InstructorInvitation> open = all.stream()
                .filter(i -> i.status() == InvitationStatus.INVITED || i.status() == InvitationStatus.AVAILABLE)
                .toList();
        // one transaction item per invitation, and one for the event
        if (open.size() > TransactionWriter.MAX_ITEMS - 1) {
            throw ProblemException.conflict("More than " + (TransactionWriter.MAX_ITEMS - 1) + " open invitations.");
        }
        return open.isEmpty() ? List.of() : reject(caller.tenantId(), courseId, open, clock.instant());
    }

    /** One sending: the rejections and their one event, all or nothing. */
    private List<InstructorInvitation> reject(String tenantId, String courseId, List<InstructorInvitation> open,
                                              Instant now) {
        List<InstructorInvitation> rejected = new ArrayList<>();
        List<TransactWriteItem> items = new ArrayList<>();
        for (InstructorInvitation invitation : open) {
            InstructorInvitation next = invitation.withStatus(InvitationStatus.REJECTED, now);
            rejected.add(next);
            items.add(invitations.replace(invitation, next));
        }
        items.add(outbox.put(EventSources.AVAILABILITY, InstructorsRejected.of(tenantId, now, courseId,
                rejected.stream().map(i -> new InstructorsRejected.RejectedInstructor(
                        i.instructorId(), i.instructorName(), i.instructorEmail())).toList())));
        if (!writes.write(items).committed()) {
            throw ProblemException.conflict("An instructor answered meanwhile; look at the statuses again.");
        }
        return rejected;
    }
}
