package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.InstructorRole;

import java.time.LocalDate;

/** The instructor chosen for this course already teaches {@code otherCourseId} on {@code date}. */
public record DoubleBooking(String instructorId, InstructorRole role, LocalDate date, String otherCourseId) {
}
