package io.coursedesk.shared.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A course result recorded for a student, as their organisation's results list keeps it (the course-results export
 * reads one organisation's list, never every student's enrolments).
 *
 * @param certificateExpiry the certificate's expiry, if passing issued one that expires
 */
public record RecordedResult(String studentId, String enrolmentId, String courseId, LocalDate courseFirstDay,
                             boolean present, boolean passed, LocalDate certificateExpiry) {

    /** The enrolment's recorded result, or empty when none is recorded (or it is not a confirmed enrolment). */
    public static Optional<RecordedResult> of(Enrolment enrolment, LocalDate certificateExpiry) {
        if (enrolment.status() != EnrolmentStatus.CONFIRMED || enrolment.present() == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordedResult(enrolment.studentId(), enrolment.id(), enrolment.courseId(),
                enrolment.courseFirstDay(), enrolment.present(), Boolean.TRUE.equals(enrolment.passed()),
                certificateExpiry));
    }
}
