package io.coursedesk.availability.invitations;

import io.coursedesk.shared.persistence.TransactionWriter;
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
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells everyone who said available or did not answer that the course is covered. Only after a confirmation
 * (otherwise it would not be true); a rejected instructor is never rejected again.
 */
@Singleton
public class SendRejections {
    private final CourseGuard courses;
    private final InvitationRepository invitations;
    private final TransactionWriter writes;
    private final EventPublisher events;
    private final Clock clock;

    public SendRejections(CourseGuard courses, InvitationRepository invitations, TransactionWriter writes,
                          EventPublisher events, Clock clock) {
        this.courses = courses;
        this.invitations = invitations;
        this.writes = writes;
        this.events = events;
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
        if (open.size() > TransactionWriter.MAX_ITEMS) {
            throw ProblemException.conflict("More than " + TransactionWriter.MAX_ITEMS + " open invitations.");
        }
        List<InstructorInvitation> rejected = reject(open, clock.instant());
        List<InstructorInvitation> everRejected = new ArrayList<>(rejected);
        all.stream().filter(i -> i.status() == InvitationStatus.REJECTED).forEach(everRejected::add);
        events.publish(EventSources.AVAILABILITY, batches(caller.tenantId(), courseId, everRejected));
        return rejected;
    }

    private List<InstructorInvitation> reject(List<InstructorInvitation> open, Instant now) {
        List<InstructorInvitation> rejected = new ArrayList<>();
        List<TransactWriteItem> items = new ArrayList<>();
        for (InstructorInvitation invitation : open) {
            InstructorInvitation next = invitation.withStatus(InvitationStatus.REJECTED, now);
            rejected.add(next);
            items.add(invitations.replace(invitation, next));
        }
        if (!items.isEmpty() && !writes.write(items).committed()) {
            throw ProblemException.conflict("An instructor answered meanwhile; look at the statuses again.");
        }
        return rejected;
    }

    /**
     * One event per sending, identified by its time. Earlier sendings are published again under their own ids,
     * so rejections whose event was lost (the bus failed after the write) still go out, and none goes out twice.
     */
    private static List<InstructorsRejected> batches(String tenantId, String courseId,
                                                     List<InstructorInvitation> rejected) {
        Map<Instant, List<InstructorInvitation>> bySending = new TreeMap<>();
        rejected.forEach(i -> bySending.computeIfAbsent(i.statusAt(), at -> new ArrayList<>()).add(i));
        return bySending.entrySet().stream().map(sending -> new InstructorsRejected(
                "InstructorsRejected:" + courseId + ":" + sending.getKey().toEpochMilli(), tenantId, sending.getKey(),
                courseId, sending.getValue().stream().map(i -> new InstructorsRejected.RejectedInstructor(
                        i.instructorId(), i.instructorName(), i.instructorEmail())).toList())).toList();
    }
}
