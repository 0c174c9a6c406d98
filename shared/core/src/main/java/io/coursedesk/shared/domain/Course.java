package io.coursedesk.shared.domain;

import java.time.Instant;

/**
 * A course of one provider with its state.
 *
 * @param confirmedCount  participants holding a seat; never more than {@code details.maxParticipants()}
 * @param waitlistVersion changes whenever the waiting list changes, so a seat is never freed past a new waiter
 */
public record Course(String id, String tenantId, CourseDetails details, CourseStatus status,
                     int confirmedCount, long waitlistVersion, Instant createdAt) {

    public boolean isOpen() {
        return status == CourseStatus.OPEN;
    }

    /** Cancelling and replacing end when the first day starts. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(details.startsAt());
    }

    public int freeSeats() {
        return Math.max(0, details.maxParticipants() - confirmedCount);
    }

    public String type() {
        return details.type();
    }
}
