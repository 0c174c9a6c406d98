package io.coursedesk.reminders.course;

import io.coursedesk.reminders.schedule.ReminderClaims;
import io.coursedesk.reminders.schedule.ReminderRun;
import io.coursedesk.reminders.settings.CourseReminder;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.events.CourseReminderDue;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A provider's course reminders due at {@code at}: a course's reminder is due from the day {@code daysBefore} days
 * before its first day (Europe/Amsterdam) until it starts, so a run finds every open course whose first day is
 * from today to {@code daysBefore} days ahead and has not started (one query on the provider's course index),
 * and reminds each confirmed participant who received the course's invitation, once.
 */
@Singleton
public class CourseReminders {
    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CourseReminderClaims claims;
    private final ReminderClaims publisher;

    public CourseReminders(CourseRepository courses, EnrolmentRepository enrolments, CourseReminderClaims claims,
                           ReminderClaims publisher) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.claims = claims;
        this.publisher = publisher;
    }

    public ReminderRun run(String tenantId, CourseReminder reminder, Instant at) {
        LocalDate today = at.atZone(Zones.AMSTERDAM).toLocalDate();
        ReminderRun run = ReminderRun.NONE;
        for (Course course : courses.firstDayBetween(tenantId, today, today.plusDays(reminder.daysBefore()))) {
            if (course.takesReminders(at)) {
                run = run.plus(remind(course, reminder, at));
            }
        }
        return run;
    }

    private ReminderRun remind(Course course, CourseReminder reminder, Instant at) {
        LocalDate firstDay = course.details().firstDay().date();
        Set<String> claimed = claims.claimed(course.tenantId(), course.id());
        List<Enrolment> due = enrolments.listByCourse(course.tenantId(), course.id()).stream()
                .filter(e -> e.mayBeRemindedOf(course, at))
                .filter(e -> !claimed.contains(CourseReminderClaims.sortKey(e.id(), firstDay)))
                .toList();
        int published = 0;
        for (Enrolment enrolment : due) {
            CourseReminderDue event = CourseReminderDue.of(course.tenantId(), at, course.id(), enrolment.id(),
                    enrolment.studentId(), firstDay, course.details().startsAt(), reminder.daysBefore(),
                    reminder.templateId());
            if (publisher.claimAndPublish(CourseItems.pk(course.tenantId(), course.id()),
                    CourseReminderClaims.sortKey(enrolment.id(), firstDay), event, at)) {
                published++;
            }
        }
        return new ReminderRun(due.size(), published);
    }
}
