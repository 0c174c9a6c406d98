package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.InstructorRole;
import io.coursedesk.shared.persistence.InstructorBookings;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Keeps the instructors' bookings in step with the courses they teach, and finds double bookings. */
@Singleton
public class InstructorScheduling {
    private final InstructorBookings bookings;

    public InstructorScheduling(InstructorBookings bookings) {
        this.bookings = bookings;
    }

    /** Other courses the chosen instructors already teach on the course's days. */
    public List<DoubleBooking> doubleBookings(String tenantId, String courseId, CourseDetails details) {
        List<DoubleBooking> conflicts = new ArrayList<>();
        for (InstructorRole role : InstructorRole.values()) {
            String instructorId = details.instructor(role);
            if (instructorId != null) {
                bookings.bookingsOn(tenantId, instructorId, details.dates()).stream()
                        .filter(booking -> !booking.courseId().equals(courseId))
                        .forEach(booking -> conflicts.add(
                                new DoubleBooking(instructorId, role, booking.date(), booking.courseId())));
            }
        }
        return conflicts;
    }

    /** Throws unless there are no double bookings or the admin overrides them; returns the overridden ones. */
    public List<DoubleBooking> requireFreeOrOverridden(String tenantId, String courseId, CourseDetails details,
                                                       boolean override) {
        List<DoubleBooking> conflicts = doubleBookings(tenantId, courseId, details);
        if (!conflicts.isEmpty() && !override) {
            throw new DoubleBookingException(conflicts);
        }
        return conflicts;
    }

    /** Moves the bookings from what the course was ({@code before}, null for a new course) to what it is. */
    public void reschedule(String tenantId, String courseId, CourseDetails before, CourseDetails after) {
        if (before != null) {
            release(tenantId, courseId, before);
        }
        if (after != null) {
            for (InstructorRole role : InstructorRole.values()) {
                if (after.instructor(role) != null) {
                    bookings.book(tenantId, after.instructor(role), courseId, after.dates());
                }
            }
        }
    }

    public void release(String tenantId, String courseId, CourseDetails details) {
        for (InstructorRole role : InstructorRole.values()) {
            if (details.instructor(role) != null) {
                bookings.release(tenantId, details.instructor(role), courseId, details.dates());
            }
        }
    }
}
