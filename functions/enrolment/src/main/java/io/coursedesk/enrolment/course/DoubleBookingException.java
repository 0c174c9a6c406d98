package io.coursedesk.enrolment.course;

import java.util.List;

/** The course was not saved because an instructor is busy; the admin may send it again with the override. */
public class DoubleBookingException extends RuntimeException {
    private final List<DoubleBooking> conflicts;

    public DoubleBookingException(List<DoubleBooking> conflicts) {
        super("An instructor is already booked on " + conflicts.size() + " of the course days.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<DoubleBooking> conflicts() {
        return conflicts;
    }
}
