package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.Course;

import java.util.List;

/** A saved course and the double bookings the admin chose to override. */
public record CourseResult(Course course, List<DoubleBooking> overriddenDoubleBookings) {
}
