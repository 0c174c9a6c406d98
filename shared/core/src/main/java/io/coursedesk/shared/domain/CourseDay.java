package io.coursedesk.shared.domain;

import io.coursedesk.shared.time.Zones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One day of a course; the times are Amsterdam wall-clock times, as the provider plans them. */
public record CourseDay(LocalDate date, LocalTime startTime, LocalTime endTime) {

    public Instant startsAt() {
        return date.atTime(startTime).atZone(Zones.AMSTERDAM).toInstant();
    }

    public Instant endsAt() {
        return date.atTime(endTime).atZone(Zones.AMSTERDAM).toInstant();
    }
}
