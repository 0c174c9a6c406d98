package io.coursedesk.shared.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The admin marked a participant present / passed; a pass carries the certificate's expiry date.
 * {@code eventId}: {@code ResultRecorded:<enrolmentId>:<present>:<passed>}, so recording the same result twice is one event.
 */
public record ResultRecorded(String eventId, String tenantId, Instant occurredAt,
                             String courseId, String enrolmentId, String studentId,
                             boolean present, boolean passed, LocalDate certificateExpiryDate) implements DomainEvent {
    public static ResultRecorded of(String tenantId, Instant occurredAt, String courseId, String enrolmentId,
                                    String studentId, boolean present, boolean passed, LocalDate certificateExpiryDate) {
        return new ResultRecorded("ResultRecorded:" + enrolmentId + ":" + present + ":" + passed, tenantId, occurredAt,
                courseId, enrolmentId, studentId, present, passed, certificateExpiryDate);
    }
}
