package io.coursedesk.enrolment.course;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.enrolment.enrolment.EnrolmentWrites;
import io.coursedesk.enrolment.enrolment.WaitingList;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.events.EnrolmentPromoted;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Replaces a course's details. Raising the maximum gives the new seats to the waiting list in the same
 * transaction, with each promoted student's event; the maximum cannot drop below the participants already confirmed.
 * A transaction holds at most 100 items, so a raise that promotes more than {@link #MAX_PROMOTIONS_PER_WRITE}
 * students is written in several transactions: the first changes the details, each promotes the next in line.
 */
@Singleton
public class UpdateCourse {
    /** The course item, then two items per promotion (the enrolment and its event). */
    static final int MAX_PROMOTIONS_PER_WRITE = (TransactionWriter.MAX_ITEMS - 1) / 2;

    private final CourseRequestValidator validator;
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final InstructorScheduling scheduling;
    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;

    public UpdateCourse(CourseRequestValidator validator, CourseRepository courses, EnrolmentRepository enrolments,
                        InstructorScheduling scheduling, Transactions transactions, Outbox outbox, Clock clock) {
        this.validator = validator;
        this.courses = courses;
        this.enrolments = enrolments;
        this.scheduling = scheduling;
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public CourseResult update(Caller caller, String courseId, CourseRequest request) {
        Course before = find(caller, courseId);
        validator.requireModuleFor(caller.tenantId(), before.details().kind(), request.kind());
        CourseDetails details = validator.validate(caller.tenantId(), request, new HashSet<>(before.details().dates()));
        List<DoubleBooking> overridden = scheduling.requireFreeOrOverridden(caller.tenantId(), courseId, details,
                request.overrides());
        Saved first = transactions.untilDone(() -> attempt(caller, courseId, details));
        Saved last = first;
        while (last.promoted().size() == MAX_PROMOTIONS_PER_WRITE) {
            // the same details again change nothing; what is left of the new seats goes to the next in line
            last = transactions.untilDone(() -> attempt(caller, courseId, details));
        }
        scheduling.reschedule(caller.tenantId(), courseId, first.before().details(), details);
        return new CourseResult(last.after(), overridden);
    }

    private Saved attempt(Caller caller, String courseId, CourseDetails details) {
        Course course = find(caller, courseId);
        if (!course.isOpen()) {
            throw ProblemException.conflict("The course is cancelled.");
        }
        if (details.maxParticipants() < course.confirmedCount()) {
            throw ProblemException.conflict("maxParticipants cannot be lower than the " + course.confirmedCount()
                    + " participants already confirmed.");
        }
        Instant now = clock.instant();
        String table = transactions.tableName();
        List<Enrolment> promoted = WaitingList.of(enrolments.listByCourse(caller.tenantId(), courseId))
                .first(Math.min(details.maxParticipants() - course.confirmedCount(), MAX_PROMOTIONS_PER_WRITE));
        int confirmed = course.confirmedCount() + promoted.size();
        ItemUpdate courseUpdate = CourseItems.detailsUpdate(course, details)
                .set(CourseItems.CONFIRMED_COUNT, Item.n(confirmed))
                .condition("#confirmedRead = :confirmedRead")
                .name("#confirmedRead", CourseItems.CONFIRMED_COUNT)
                .value(":confirmedRead", Item.n(course.confirmedCount()));
        EnrolmentWrites.waitlistUnchanged(courseUpdate, course);
        if (!promoted.isEmpty()) {
            courseUpdate.add(CourseItems.WAITLIST_VERSION, 1);
        }
        List<TransactWriteItem> items = new ArrayList<>();
        items.add(courseUpdate.toTransactItem(table));
        for (Enrolment next : promoted) {
            items.add(EnrolmentWrites.promote(table, next, details.priceCents(), now));
            items.add(outbox.put(EventSources.ENROLMENT, EnrolmentPromoted.of(caller.tenantId(), now, courseId,
                    next.id(), next.studentId())));
        }
        if (!transactions.write(items).committed()) {
            return null;
        }
        Course after = new Course(course.id(), course.tenantId(), details, course.status(), confirmed,
                course.waitlistVersion() + (promoted.isEmpty() ? 0 : 1), course.createdAt());
        return new Saved(course, after, promoted);
    }

    private Course find(Caller caller, String courseId) {
        return courses.find(caller.tenantId(), courseId).orElseThrow(() -> ProblemException.notFound("Course " + courseId));
    }

    private record Saved(Course before, Course after, List<Enrolment> promoted) {
    }
}
