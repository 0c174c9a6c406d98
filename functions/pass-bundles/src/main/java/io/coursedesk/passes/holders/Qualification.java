package io.coursedesk.passes.holders;

import io.coursedesk.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What a holder is qualified for: a diploma from an exam or a certificate from a passed course.
 *
 * @param code       short code printed on the pass and in its file name, e.g. {@code DEH}, {@code EHK}
 * @param expiryDate the last day it is valid; null when it does not expire
 */
public record Qualification(String qualificationId, String name, String code, QualificationType type,
                            String examType, String examNumber, LocalDate examDate, LocalDate expiryDate) {

    /** Valid up to and including the expiry date, by the date in Amsterdam. */
    public QualificationStatus status(LocalDate today) {
        return expiryDate == null || !expiryDate.isBefore(today) ? QualificationStatus.VALID : QualificationStatus.EXPIRED;
    }

    public QualificationStatus status(Clock clock) {
        return status(today(clock));
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(Zones.AMSTERDAM));
    }
}
