package io.coursedesk.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a provider admin plans about a course (everything but its state).
 *
 * @param leadInstructorId          null while the lead instructor is not known yet
 * @param days                      at least one, sorted by date
 * @param certificateValidityMonths how long a certificate is valid after the last day, if the course issues one
 * @param certificateExpiryDate     a fixed expiry date; wins over the validity
 * @param priceCents                the price in euro cents, or null when the course has none (no debit notes)
 */
public record CourseDetails(String type, CourseKind kind, String leadInstructorId, String secondInstructorId,
                            List<CourseDay> days, Integer certificateValidityMonths,
                            LocalDate certificateExpiryDate, int maxParticipants, String location,
                            boolean visibleToOtherProviders, boolean code95, boolean whiteLabel,
                            String remarks, Set<RequiredDocument> requiredDocuments, Long priceCents) {

    public CourseDetails {
        days = days.stream().sorted(Comparator.comparing(CourseDay::date)).toList();
        requiredDocuments = Set.copyOf(requiredDocuments);
    }

    /** A course without a price. */
    public CourseDetails(String type, CourseKind kind, String leadInstructorId, String secondInstructorId,
                         List<CourseDay> days, Integer certificateValidityMonths, LocalDate certificateExpiryDate,
                         int maxParticipants, String location, boolean visibleToOtherProviders, boolean code95,
                         boolean whiteLabel, String remarks, Set<RequiredDocument> requiredDocuments) {
        this(type, kind, leadInstructorId, secondInstructorId, days, certificateValidityMonths, certificateExpiryDate,
                maxParticipants, location, visibleToOtherProviders, code95, whiteLabel, remarks, requiredDocuments,
                null);
    }

    public CourseDetails withPriceCents(Long cents) {
        return new CourseDetails(type, kind, leadInstructorId, secondInstructorId, days, certificateValidityMonths,
                certificateExpiryDate, maxParticipants, location, visibleToOtherProviders, code95, whiteLabel, remarks,
                requiredDocuments, cents);
    }

    public CourseDay firstDay() {
        return days.get(0);
    }

    public CourseDay lastDay() {
        return days.get(days.size() - 1);
    }

    public Instant startsAt() {
        return firstDay().startsAt();
    }

    public List<LocalDate> dates() {
        return days.stream().map(CourseDay::date).toList();
    }

    /** The expiry date a certificate of this course gets, or null when it does not expire. */
    public LocalDate certificateExpiry() {
        if (certificateExpiryDate != null) {
            return certificateExpiryDate;
        }
        return certificateValidityMonths == null ? null : lastDay().date().plusMonths(certificateValidityMonths);
    }

    public String instructor(InstructorRole role) {
        return role == InstructorRole.LEAD ? leadInstructorId : secondInstructorId;
    }
}
