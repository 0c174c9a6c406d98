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
 * @param paymentCode         the payment code the enrolment was paid with (its organisation is the payer); null
 *                            when none
 * @param debitNoteNumber     the number of its debit note once the daily run issued it, else null
 */
public record Enrolment(String id, String tenantId, String courseId, String studentId,
                        String payerOrganisationId, EnrolmentStatus status, Instant enrolledAt,
                        Boolean present, Boolean passed, Instant invitedAt, LocalDate courseFirstDay,
                        String paymentCode, String debitNoteNumber) {

    /** A new enrolment: no debit note yet. */
    public Enrolment(String id, String tenantId, String courseId, String studentId, String payerOrganisationId,
                     EnrolmentStatus status, Instant enrolledAt, Boolean present, Boolean passed, Instant invitedAt,
                     LocalDate courseFirstDay, String paymentCode) {
        this(id, tenantId, courseId, studentId, payerOrganisationId, status, enrolledAt, present, passed, invitedAt,
                courseFirstDay, paymentCode, null);
    }

    public Enrolment withStatus(EnrolmentStatus newStatus) {
        return new Enrolment(id, tenantId, courseId, studentId, payerOrganisationId, newStatus, enrolledAt, present,
                passed, invitedAt, courseFirstDay, paymentCode, debitNoteNumber);
    }

    public Enrolment withStudent(String newStudentId) {
        return new Enrolment(id, tenantId, courseId, newStudentId, payerOrganisationId, status, enrolledAt, present,
                passed, invitedAt, courseFirstDay, paymentCode, debitNoteNumber);
    }

    public Enrolment withResult(boolean wasPresent, boolean hasPassed) {
        return new Enrolment(id, tenantId, courseId, studentId, payerOrganisationId, status, enrolledAt, wasPresent,
                hasPassed, invitedAt, courseFirstDay, paymentCode, debitNoteNumber);
    }

    /**
     * Whether the course's reminder may go to this participant at {@code at}: a confirmed participant who received
     * the course's invitation ({@code invitedAt}, set by the dispatch function once it sent it), on a course that
     * takes reminders. The reminders run finds the reminders due by it; the dispatch function asks it again when
     * it sends, so an enrolment cancelled, or a course started, in between gets no mail.
     */
    public boolean mayBeRemindedOf(Course course, Instant at) {
        return status == EnrolmentStatus.CONFIRMED && invitedAt != null && course.takesReminders(at);
    }

    /**
     * Whether a debit note is issued for the enrolment (on a course with a price): not when it was paid with a
     * payment code, which its organisation paid for when the codes were issued.
     */
    public boolean getsDebitNote() {
        return paymentCode == null;
    }

    public boolean isActive() {
        return status == EnrolmentStatus.CONFIRMED || status == EnrolmentStatus.WAITLISTED;
    }
}
