package io.coursedesk.enrolment.course;

import io.coursedesk.enrolment.enrolment.EnrolmentWrites;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.events.CourseCancelled;
import io.coursedesk.shared.events.EventPublisher;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.time.Instant;

/** Cancels a course that has not started: it leaves the catalogue and its instructors are free again. */
@Singleton
public class CancelCourse {
    private final CourseRepository courses;
    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final InstructorScheduling scheduling;
    private final EventPublisher events;
    private final Clock clock;

    public CancelCourse(CourseRepository courses, DynamoDbClient dynamoDb, Table table,
                        InstructorScheduling scheduling, EventPublisher events, Clock clock) {
        this.courses = courses;
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.scheduling = scheduling;
        this.events = events;
        this.clock = clock;
    }

    public Course cancel(Caller caller, String courseId) {
        Course course = courses.find(caller.tenantId(), courseId)
                .orElseThrow(() -> ProblemException.notFound("Course " + courseId));
        Instant now = clock.instant();
        if (course.hasStarted(now)) {
            throw ProblemException.conflict("The course has started and can no longer be cancelled.");
        }
        try {
            dynamoDb.updateItem(EnrolmentWrites.openCourse(caller.tenantId(), courseId)
                    .set(CourseItems.STATUS, Item.s(CourseStatus.CANCELLED.name()))
                    .set("cancelledAt", Item.s(now.toString()))
                    .remove(Table.GSI2_PK)
                    .remove(Table.GSI2_SK)
                    .toUpdateRequest(table.name()));
        } catch (ConditionalCheckFailedException alreadyCancelled) {
            throw ProblemException.conflict("The course is already cancelled.");
        }
        scheduling.release(caller.tenantId(), courseId, course.details());
        events.publish(EventSources.ENROLMENT, new CourseCancelled("CourseCancelled:" + courseId, caller.tenantId(),
                now, courseId));
        return new Course(course.id(), course.tenantId(), course.details(), CourseStatus.CANCELLED,
                course.confirmedCount(), course.waitlistVersion(), course.createdAt());
    }
}
