package io.coursedesk.enrolment.enrolment;

import java.time.LocalDate;

/**
 * A course a student took part in whose result is recorded.
 *
 * @param certificateIssuedOn   null when the course issued the student no certificate
 * @param certificateExpiryDate null when there is no certificate or it does not expire
 */
public record CompletedCourse(String studentId, String enrolmentId, String courseId, String courseType,
                              LocalDate firstDay, LocalDate lastDay, boolean present, boolean passed,
                              LocalDate certificateIssuedOn, LocalDate certificateExpiryDate) {
}
