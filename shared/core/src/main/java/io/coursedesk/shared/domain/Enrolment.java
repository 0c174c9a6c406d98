package io.coursedesk.shared.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A student's place (or place in line) on a course.
 *
 * @param payerOrganisationId null when the student pays themself
 * @param enrolledAt          also the order of the waiting list
 * @param present             null until the admin records a result
 * @param invitedAt           when the invitation dispatch function sent the course invitation, if it did
 * @param courseFirstDay      copied from the course so a student's enrolments list in course order
 */
public record Enrolment(String id, String tenantId, String courseId, String studentId,
                        String payerOrganisationId, EnrolmentStatus status, Instant enrolledAt,
                        Boolean present, Boolean passed, Instant invitedAt, LocalDate courseFirstDay) {

    public boolean isActive() {
        return status == EnrolmentStatus.CONFIRMED || status == EnrolmentStatus.WAITLISTED;
    }
}
