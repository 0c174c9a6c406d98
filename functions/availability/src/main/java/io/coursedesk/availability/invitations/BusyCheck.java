package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.persistence.InstructorBookings;
import jakarta.inject.Singleton;

/**
 * Whether an instructor already teaches another course on a day of this course. Reads the same booking items
 * as course creation's double-booking warning: one query in the instructor's partition.
 */
@Singleton
public class BusyCheck {
    private final InstructorBookings bookings;

    public BusyCheck(InstructorBookings bookings) {
        this.bookings = bookings;
    }

    public boolean isBusy(String instructorId, Course course) {
        return bookings.bookingsOn(course.tenantId(), instructorId, course.details().dates()).stream()
                .anyMatch(booking -> !booking.courseId().equals(course.id()));
    }
}
