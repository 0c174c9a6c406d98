package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.course.CourseResult;
import io.coursedesk.enrolment.course.DoubleBooking;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.RequiredDocument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A course as the API shows it.
 *
 * @param price                    in euros, two decimals; admins only, absent when the course has none
 * @param overriddenDoubleBookings after a save with {@code overrideDoubleBooking}: the instructors' other bookings on these days
 */
public record CourseView(String courseId, CourseStatus status, String type, CourseKind kind, String leadInstructorId,
                         String secondInstructorId, List<CourseDay> days, Integer certificateValidityMonths,
                         LocalDate certificateExpiryDate, int maxParticipants, int confirmedCount, int freeSeats,
                         String location, boolean visibleToOtherProviders, boolean code95, boolean whiteLabel,
                         String remarks, Set<RequiredDocument> requiredDocuments, BigDecimal price,
                         List<DoubleBooking> overriddenDoubleBookings) {

    static CourseView of(Course course) {
        return of(course, List.of());
    }

    /**
     * What a caller sees of a course: an admin everything; students and contacts not the provider's internal
     * remarks, which instructors are booked, or whether other providers may see it.
     */
    static CourseView of(Course course, Caller caller) {
        CourseView full = of(course);
        if (caller.isProviderAdmin()) {
            return full;
        }
        return new CourseView(full.courseId, full.status, full.type, full.kind, null, null, full.days,
                full.certificateValidityMonths, full.certificateExpiryDate, full.maxParticipants, full.confirmedCount,
                full.freeSeats, full.location, false, full.code95, full.whiteLabel, null, full.requiredDocuments,
                null, List.of());
    }

    static CourseView of(CourseResult result) {
        return of(result.course(), result.overriddenDoubleBookings());
    }

    private static CourseView of(Course course, List<DoubleBooking> overridden) {
        CourseDetails d = course.details();
        return new CourseView(course.id(), course.status(), d.type(), d.kind(), d.leadInstructorId(),
                d.secondInstructorId(), d.days(), d.certificateValidityMonths(), d.certificateExpiryDate(),
                d.maxParticipants(), course.confirmedCount(), course.freeSeats(), d.location(),
                d.visibleToOtherProviders(), d.code95(), d.whiteLabel(), d.remarks(), d.requiredDocuments(),
                d.priceCents() == null ? null : BigDecimal.valueOf(d.priceCents(), 2), overridden);
    }
}
