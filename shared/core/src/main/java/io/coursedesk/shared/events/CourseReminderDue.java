package io.coursedesk.shared.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant who received a course's invitation is due the provider's course reminder, {@code daysBefore} days
 * before the course's {@code firstDay} (Europe/Amsterdam). {@code templateId} null: the Dutch default text.
 * {@code eventId}: {@code CourseReminderDue:<courseId>:<enrolmentId>:<firstDay>}, the reminder of this enrolment
 * for the course starting that day, so a run that fires twice publishes the same event.
 */
public record CourseReminderDue(String eventId, String tenantId, Instant occurredAt, String courseId,
                                String enrolmentId, String studentId, LocalDate firstDay, Instant startsAt,
                                int daysBefore, String templateId) implements DomainEvent {

    public static CourseReminderDue of(String tenantId, Instant occurredAt, String courseId, String enrolmentId,
                                       String studentId, LocalDate firstDay, Instant startsAt, int daysBefore,
                                       String templateId) {
        return new CourseReminderDue(id(courseId, enrolmentId, firstDay), tenantId, occurredAt, courseId,
                enrolmentId, studentId, firstDay, startsAt, daysBefore, templateId);
    }

    /** The id of the reminder of this enrolment for the course starting on {@code firstDay}. */
    public static String id(String courseId, String enrolmentId, LocalDate firstDay) {
        return "CourseReminderDue:" + courseId + ":" + enrolmentId + ":" + firstDay;
    }
}
