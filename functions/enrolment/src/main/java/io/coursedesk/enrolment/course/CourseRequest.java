package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.RequiredDocument;
import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A course as the admin sends it to create or replace one. Every field is nullable here so that missing
 * ones are reported by name together with the other mistakes.
 *
 * @param leadInstructorId      absent while the lead instructor is not known yet
 * @param overrideDoubleBooking book the instructors even if they already teach elsewhere on one of the days
 */
@Introspected
public record CourseRequest(String type, CourseKind kind, String leadInstructorId, String secondInstructorId,
                            List<Day> days, Integer certificateValidityMonths, LocalDate certificateExpiryDate,
                            Integer maxParticipants, String location, Boolean visibleToOtherProviders,
                            Boolean code95, Boolean whiteLabel, String remarks,
                            Set<RequiredDocument> requiredDocuments, Boolean overrideDoubleBooking) {

    /** One course day; times are Amsterdam wall-clock times. */
    @Introspected
    public record Day(LocalDate date, LocalTime startTime, LocalTime endTime) {
    }

    public boolean overrides() {
        return Boolean.TRUE.equals(overrideDoubleBooking);
    }
}
