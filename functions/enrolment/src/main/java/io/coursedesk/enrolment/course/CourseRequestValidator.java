package io.coursedesk.enrolment.course;

import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.http.modules.Modules;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every field of a course request at once (including that the chosen instructors exist) and turns a
 * valid one into course details.
 */
@Singleton
public class CourseRequestValidator {
    static final int MAX_PARTICIPANTS_LIMIT = 1000;
    private static final int MAX_VALIDITY_MONTHS = 600;
    /** Courses are planned at most this far ahead; a date beyond it is a typo (or a probe with year 999999999). */
    private static final int MAX_YEARS_AHEAD = 5;
    private static final int MAX_CERTIFICATE_YEARS = 100;

    private final InstructorRepository instructors;
    private final Modules modules;
    private final Clock clock;

    public CourseRequestValidator(InstructorRepository instructors, Modules modules, Clock clock) {
        this.instructors = instructors;
        this.modules = modules;
        this.clock = clock;
    }

    /**
     * A course becomes external (created so, or changed to it) only while the provider has the external courses
     * module on (403 naming it otherwise); an external course made before the module went off can still be edited.
     *
     * @param before the course's kind until now, {@code null} for a new course
     */
    public void requireModuleFor(String tenantId, CourseKind before, CourseKind kind) {
        if (kind == CourseKind.EXTERNAL && before != CourseKind.EXTERNAL) {
            modules.requireOn(tenantId, Module.EXTERNAL_COURSES);
        }
    }

    /** @param keptPastDates dates an existing course already had, which may stay even if they have passed */
    public CourseDetails validate(String tenantId, CourseRequest request, Set<LocalDate> keptPastDates) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.AMSTERDAM));
        InvalidFields invalid = new InvalidFields();
        invalid.required(request.type(), "type");
        invalid.required(request.kind(), "kind");
        checkInstructor(invalid, tenantId, request.leadInstructorId(), "leadInstructorId");
        if (checkInstructor(invalid, tenantId, request.secondInstructorId(), "secondInstructorId")
                && request.secondInstructorId() != null) {
            invalid.check(!request.secondInstructorId().equals(request.leadInstructorId()), "secondInstructorId",
                    "is the same instructor as the lead instructor");
        }
        List<CourseDay> days = days(invalid, request.days(), today, keptPastDates);
        if (request.certificateValidityMonths() != null) {
            invalid.check(request.certificateValidityMonths() > 0 && request.certificateValidityMonths() <= MAX_VALIDITY_MONTHS,
                    "certificateValidityMonths", "must be between 1 and " + MAX_VALIDITY_MONTHS);
        }
        if (request.certificateExpiryDate() != null && !days.isEmpty()) {
            LocalDate lastDay = days.stream().map(CourseDay::date).max(LocalDate::compareTo).orElseThrow();
            invalid.check(request.certificateExpiryDate().isAfter(lastDay)
                            && !request.certificateExpiryDate().isAfter(lastDay.plusYears(MAX_CERTIFICATE_YEARS)),
                    "certificateExpiryDate", "must be after the last course day, within " + MAX_CERTIFICATE_YEARS + " years");
        }
        if (invalid.required(request.maxParticipants(), "maxParticipants")) {
            invalid.check(request.maxParticipants() >= 1 && request.maxParticipants() <= MAX_PARTICIPANTS_LIMIT,
                    "maxParticipants", "must be between 1 and " + MAX_PARTICIPANTS_LIMIT);
        }
        invalid.required(request.location(), "location");
        invalid.throwIfAny();
        return new CourseDetails(request.type().trim(), request.kind(), request.leadInstructorId(),
                request.secondInstructorId(), days, request.certificateValidityMonths(),
                request.certificateExpiryDate(), request.maxParticipants(), request.location().trim(),
                Boolean.TRUE.equals(request.visibleToOtherProviders()), Boolean.TRUE.equals(request.code95()),
                Boolean.TRUE.equals(request.whiteLabel()), request.remarks(),
                request.requiredDocuments() == null ? Set.of() : request.requiredDocuments(), request.priceCents());
    }

    private boolean checkInstructor(InvalidFields invalid, String tenantId, String instructorId, String field) {
        return instructorId == null || invalid.check(Ids.isValid(instructorId)
                && instructors.find(tenantId, instructorId).isPresent(), field, "is not a known instructor");
    }

    private static List<CourseDay> days(InvalidFields invalid, List<CourseRequest.Day> requested, LocalDate today,
                                        Set<LocalDate> keptPastDates) {
        if (requested == null || requested.isEmpty()) {
            invalid.add("days", "needs at least one course day");
            return List.of();
        }
        List<CourseDay> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            CourseRequest.Day day = requested.get(i);
            String field = "days[" + i + "]";
            if (day == null) {
                invalid.add(field, "is required");
                continue;
            }
            boolean complete = invalid.required(day.date(), field + ".date")
                    & invalid.required(day.startTime(), field + ".startTime")
                    & invalid.required(day.endTime(), field + ".endTime");
            if (!complete) {
                continue;
            }
            boolean valid = invalid.check(day.endTime().isAfter(day.startTime()), field + ".endTime",
                    "must be after the start time");
            valid &= invalid.check(!day.date().isBefore(today) || keptPastDates.contains(day.date()),
                    field + ".date", "lies in the past");
            valid &= invalid.check(!day.date().isAfter(today.plusYears(MAX_YEARS_AHEAD)), field + ".date",
                    "lies more than " + MAX_YEARS_AHEAD + " years ahead");
            valid &= invalid.check(seen.add(day.date()), field + ".date", "is already another course day");
            if (valid) {
                days.add(new CourseDay(day.date(), day.startTime(), day.endTime()));
            }
        }
        return days;
    }
}
