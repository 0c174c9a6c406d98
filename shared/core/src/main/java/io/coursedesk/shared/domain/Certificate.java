package io.coursedesk.shared.domain;

import java.time.LocalDate;

/**
 * Issued when a participant passes; one per enrolment.
 *
 * @param expiryDate null when the course's certificates do not expire
 */
public record Certificate(String tenantId, String studentId, String enrolmentId, String courseId,
                          String courseType, LocalDate issuedOn, LocalDate expiryDate) {
}
