package io.coursedesk.enrolment.course;

import io.coursedesk.enrolment.enrolment.EnrolmentWrites;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.events.CourseCancelled;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Cancels a course that has not started: it leaves the catalogue, its instructors are free again, and the daily run
 * issues a credit note for every enrolment of it whose debit note was issued (the course item's key moves from the
 * catalogue to {@code CREDIT_NOTES_DUE}). A debit note is issued only while the course is open, so none can follow.
 */
@Singleton
public class CancelCourse {
    private final CourseRepository courses;
    private final Transactions transactions;
    private final InstructorScheduling scheduling;
    private final Outbox outbox;
    private final Clock clock;

    public CancelCourse(CourseRepository courses, Transactions transactions, InstructorScheduling scheduling,
                        Outbox outbox, Clock clock) {
        this.courses = courses;
        this.transactions = transactions;
        this.scheduling = scheduling;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Course cancel(Caller caller, String courseId) {
        Course course = courses.find(caller.tenantId(), courseId)
                .orElseThrow(() -> ProblemException.notFound("Course " + courseId));
        Instant now = clock.instant();
        if (course.hasStarted(now)) {
            throw ProblemException.conflict("The course has started and can no longer be cancelled.");
        }
        transactions.untilDone(() -> {
            TransactionWriter.Outcome outcome = transactions.write(List.of(
                    EnrolmentWrites.openCourse(caller.tenantId(), courseId)
                            .set(CourseItems.STATUS, Item.s(CourseStatus.CANCELLED.name()))
                            .set("cancelledAt", Item.s(now.toString()))
                            .setAll(EnrolmentItems.creditNotesDue(caller.tenantId(), courseId, now))
                            .toTransactItem(transactions.tableName()),
                    outbox.put(EventSources.ENROLMENT, CourseCancelled.of(caller.tenantId(), now, courseId))));
            if (outcome.conditionFailed(0)) {
                throw ProblemException.conflict("The course is already cancelled.");
            }
            // null: an enrolment touched the course at the same moment; write again
            return outcome.committed() ? Boolean.TRUE : null;
        });
        scheduling.release(caller.tenantId(), courseId, course.details());
        return new Course(course.id(), course.tenantId(), course.details(), CourseStatus.CANCELLED,
                course.confirmedCount(), course.waitlistVersion(), course.createdAt());
    }
}
