package io.coursedesk.shared.domain;

import java.time.LocalDate;

/** An instructor teaches a course on a date; two bookings on one date are a double booking. */
public record InstructorBooking(String instructorId, LocalDate date, String courseId) {
}
