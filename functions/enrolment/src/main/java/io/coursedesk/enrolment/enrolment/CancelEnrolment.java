package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.events.EnrolmentCancelled;
import io.coursedesk.shared.events.EnrolmentPromoted;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cancels an enrolment before the course starts. A freed seat goes to the first in line in the same
 * transaction, which also requires the waiting list to be as it was read: a student who joined the line
 * meanwhile is never passed over while the seat stays empty. An enrolment whose debit note was issued gets its
 * credit note from the daily run ({@link EnrolmentWrites#cancel}).
 */
@Singleton
public class CancelEnrolment {
    private final EnrolmentLookup lookup;
    private final EnrolmentRepository enrolments;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;

    public CancelEnrolment(EnrolmentLookup lookup, EnrolmentRepository enrolments, Transactions transactions,
                           Outbox outbox, Clock clock) {
        this.lookup = lookup;
        this.enrolments = enrolments;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the cancelled enrolment */
    public Enrolment cancel(Caller caller, String courseId, String enrolmentId) {
        return transactions.untilDone(() -> attempt(caller, courseId, enrolmentId));
    }

    private Enrolment attempt(Caller caller, String courseId, String enrolmentId) {
        Course course = lookup.course(caller, courseId);
        Enrolment enrolment = lookup.enrolment(caller, courseId, enrolmentId);
        Instant now = clock.instant();
        if (!enrolment.isActive()) {
            throw ProblemException.conflict("The enrolment is already cancelled.");
        }
        if (!course.isOpen()) {
            throw ProblemException.conflict("The course is cancelled.");
        }
        if (course.hasStarted(now)) {
            throw ProblemException.conflict("The course has started; the enrolment can no longer be cancelled.");
        }
        String table = transactions.tableName();
        List<TransactWriteItem> items = new ArrayList<>(List.of(
                EnrolmentWrites.cancel(enrolment, now).toTransactItem(table),
                EnrolmentWrites.releaseStudent(table, enrolment, enrolment.studentId())));
        ItemUpdate courseUpdate = ItemUpdate.of(CourseItems.key(caller.tenantId(), courseId))
                .add(CourseItems.WAITLIST_VERSION, 1);
        Optional<Enrolment> promoted = Optional.empty();
        boolean wasConfirmed = enrolment.status() == EnrolmentStatus.CONFIRMED;
        if (wasConfirmed) {
            promoted = WaitingList.of(enrolments.listByCourse(caller.tenantId(), courseId)).first();
            promoted.ifPresent(next -> {
                items.add(EnrolmentWrites.promote(table, next, course.details().priceCents(), now));
                items.add(outbox.put(EventSources.ENROLMENT, EnrolmentPromoted.of(next.tenantId(), now, courseId,
                        next.id(), next.studentId())));
            });
            if (promoted.isEmpty()) {
                courseUpdate.add(CourseItems.CONFIRMED_COUNT, -1);
            }
            EnrolmentWrites.waitlistUnchanged(courseUpdate, course);
        }
        items.add(courseUpdate.toTransactItem(table));
        items.add(outbox.put(EventSources.ENROLMENT, EnrolmentCancelled.of(enrolment.tenantId(), now, courseId,
                enrolment.id(), enrolment.studentId(), wasConfirmed)));
        if (!transactions.write(items).committed()) {
            return null;
        }
        return enrolment.withStatus(EnrolmentStatus.CANCELLED);
    }
}
