package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.CourseCreated;
import io.coursedesk.shared.events.EventPublisher;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Set;

@Singleton
public class CreateCourse {
    private final CourseRequestValidator validator;
    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final InstructorScheduling scheduling;
    private final EventPublisher events;
    private final Clock clock;

    public CreateCourse(CourseRequestValidator validator, DynamoDbClient dynamoDb, Table table,
                        InstructorScheduling scheduling, EventPublisher events, Clock clock) {
        this.validator = validator;
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.scheduling = scheduling;
        this.events = events;
        this.clock = clock;
    }

    public CourseResult create(Caller caller, CourseRequest request) {
        CourseDetails details = validator.validate(caller.tenantId(), request, Set.of());
        String courseId = Ids.newId();
        List<DoubleBooking> overridden = scheduling.requireFreeOrOverridden(caller.tenantId(), courseId, details,
                request.overrides());
        Course course = new Course(courseId, caller.tenantId(), details, CourseStatus.OPEN, 0, 0, clock.instant());
        dynamoDb.putItem(b -> b.tableName(table.name()).item(CourseItems.toItem(course))
                .conditionExpression("attribute_not_exists(" + Table.PK + ")"));
        scheduling.reschedule(caller.tenantId(), courseId, null, details);
        events.publish(EventSources.ENROLMENT, new CourseCreated("CourseCreated:" + courseId, caller.tenantId(),
                course.createdAt(), courseId, details.type(), details.firstDay().date()));
        return new CourseResult(course, overridden);
    }
}
