package io.coursedesk.local;

import io.coursedesk.harness.LocalAws;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.Item;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;

/**
 * Moves a seeded course into the past. The API rightly refuses course days that have passed, but a demo needs a
 * finished course (results, attendance certificates): so the seeder creates it in the future through the routes and
 * then moves its days here, straight in the table, with the item mapping the functions themselves use.
 */
final class DemoTimeTravel {
    private final LocalAws aws;

    DemoTimeTravel(LocalAws aws) {
        this.aws = aws;
    }

    /** Shifts every day of the course so that its last day is {@code lastDay}; the rest of the course stays. */
    void moveCourse(String tenantId, String courseId, LocalDate lastDay) {
        Item item = Item.of(new HashMap<>(aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName())
                .key(CourseItems.key(tenantId, courseId)).consistentRead(true)).item()));
        Course course = CourseItems.fromItem(item);
        CourseDetails d = course.details();
        long shift = ChronoUnit.DAYS.between(d.lastDay().date(), lastDay);
        List<CourseDay> days = d.days().stream()
                .map(day -> new CourseDay(day.date().plusDays(shift), day.startTime(), day.endTime())).toList();
        CourseDetails moved = new CourseDetails(d.type(), d.kind(), d.leadInstructorId(), d.secondInstructorId(), days,
                d.certificateValidityMonths(), d.certificateExpiryDate(), d.maxParticipants(), d.location(),
                d.visibleToOtherProviders(), d.code95(), d.whiteLabel(), d.remarks(), d.requiredDocuments());
        aws.dynamoDbClient().putItem(b -> b.tableName(aws.tableName()).item(CourseItems.toItem(new Course(course.id(),
                course.tenantId(), moved, course.status(), course.confirmedCount(), course.waitlistVersion(),
                course.createdAt()))));
    }
}
