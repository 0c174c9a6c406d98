package io.coursedesk.shared.domain;

import java.time.Instant;
import java.util.Optional;

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

    /** Reminders of the course go out while it is open and has not started. */
    public boolean takesReminders(Instant at) {
        return isOpen() && !hasStarted(at);
    }

    /**
     * Why nobody can enrol on this course at {@code now}, or empty when they can: it is open, has not started, and
     * is not white-label (the manual: its participants are not uploaded into the portal; it takes files only).
     */
    public Optional<String> enrolmentRefusal(Instant now) {
        if (!isOpen()) {
            return Optional.of("The course is cancelled.");
        }
        if (hasStarted(now)) {
            return Optional.of("The course has already started.");
        }
        if (details.whiteLabel()) {
            return Optional.of("The course is white-label: it takes course files but no participants.");
        }
        return Optional.empty();
    }

    public int freeSeats() {
        return Math.max(0, details.maxParticipants() - confirmedCount);
    }

    public String type() {
        return details.type();
    }
}
