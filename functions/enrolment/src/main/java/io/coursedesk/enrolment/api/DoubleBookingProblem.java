package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.course.DoubleBooking;

import java.util.List;

/** The problem+json body of a refused double booking: RFC 9457 members plus the conflicting bookings. */
public record DoubleBookingProblem(String type, String title, int status, String detail, String instance,
                                   List<DoubleBooking> conflicts) {
}
