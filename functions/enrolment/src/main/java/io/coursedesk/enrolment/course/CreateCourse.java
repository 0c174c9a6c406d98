package io.coursedesk.enrolment.course;

import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.CourseCreated;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.util.List;
import java.util.Set;

@Singleton
public class CreateCourse {
    private final CourseRequestValidator validator;
    private final Transactions transactions;
    private final InstructorScheduling scheduling;
    private final Outbox outbox;
    private final Clock clock;

    public CreateCourse(CourseRequestValidator validator, Transactions transactions, InstructorScheduling scheduling,
                        Outbox outbox, Clock clock) {
        this.validator = validator;
        this.transactions = transactions;
        this.scheduling = scheduling;
        this.outbox = outbox;
        this.clock = clock;
    }

    public CourseResult create(Caller caller, CourseRequest request) {
        validator.requireModuleFor(caller.tenantId(), null, request.kind());
        CourseDetails details = validator.validate(caller.tenantId(), request, Set.of());
        String courseId = Ids.newId();
        List<DoubleBooking> overridden = scheduling.requireFreeOrOverridden(caller.tenantId(), courseId, details,
                request.overrides());
        Course course = new Course(courseId, caller.tenantId(), details, CourseStatus.OPEN, 0, 0, clock.instant());
        TransactWriteItem item = TransactWriteItem.builder().put(Put.builder().tableName(transactions.tableName())
                .item(CourseItems.toItem(course))
                .conditionExpression("attribute_not_exists(" + Table.PK + ")").build()).build();
        if (!transactions.write(List.of(item, outbox.put(EventSources.ENROLMENT, CourseCreated.of(caller.tenantId(),
                course.createdAt(), courseId, details.type(), details.firstDay().date())))).committed()) {
            throw new IllegalStateException("a fresh course id " + courseId + " was taken");
        }
        scheduling.reschedule(caller.tenantId(), courseId, null, details);
        return new CourseResult(course, overridden);
    }
}
