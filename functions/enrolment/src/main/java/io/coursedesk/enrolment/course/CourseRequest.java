package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.RequiredDocument;
import io.micronaut.core.annotation.Introspected;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * A course as the admin sends it to create or replace one. Every field is nullable here so that missing
 * ones are reported by name together with the other mistakes.
 *
 * @param leadInstructorId      absent while the lead instructor is not known yet
 * @param overrideDoubleBooking book the instructors even if they already teach elsewhere on one of the days
 * @param price                 in euros with at most two decimals; absent when the course has no price
 */
@Introspected
public record CourseRequest(@Size(max = 100) String type, CourseKind kind, @Size(max = 64) String leadInstructorId,
                            @Size(max = 64) String secondInstructorId,
                            @Size(max = CourseRequest.MAX_DAYS) List<@Valid Day> days, Integer certificateValidityMonths,
                            LocalDate certificateExpiryDate, Integer maxParticipants, @Size(max = 300) String location,
                            Boolean visibleToOtherProviders, Boolean code95, Boolean whiteLabel, @Size(max = 2000) String remarks,
                            Set<RequiredDocument> requiredDocuments, Boolean overrideDoubleBooking,
                            @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2)
                            BigDecimal price) {

    /** A course of more days than this is a programme of courses, not one course. */
    public static final int MAX_DAYS = 60;

    /** One course day; times are Amsterdam wall-clock times. */
    @Introspected
    public record Day(LocalDate date, LocalTime startTime, LocalTime endTime) {
    }

    /** The price in euro cents (exact: at most two decimals), or null. */
    public Long priceCents() {
        return price == null ? null : price.movePointRight(2).longValueExact();
    }

    public boolean overrides() {
        return Boolean.TRUE.equals(overrideDoubleBooking);
    }
}
