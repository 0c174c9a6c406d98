package io.coursedesk.enrolment.api;

import io.coursedesk.enrolment.enrolment.EnrolRequest;
import io.coursedesk.enrolment.enrolment.EnrolmentResult;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;

import java.time.Instant;

/**
 * An enrolment as the API shows it.
 *
 * @param payer               {@code SELF} or the paying organisation's id
 * @param waitingListPosition 1 for the first in line; null unless waiting
 * @param paymentCode         the payment code that paid the enrolment; null when none did
 */
public record EnrolmentView(String enrolmentId, String courseId, String studentId, String payer,
                            EnrolmentStatus status, Integer waitingListPosition, Instant enrolledAt,
                            Boolean present, Boolean passed, String paymentCode) {

    static EnrolmentView of(EnrolmentResult result) {
        return of(result.enrolment(), result.waitingListPosition());
    }

    static EnrolmentView of(Enrolment e, Integer position) {
        return new EnrolmentView(e.id(), e.courseId(), e.studentId(),
                e.payerOrganisationId() == null ? EnrolRequest.SELF : e.payerOrganisationId(), e.status(), position,
                e.enrolledAt(), e.present(), e.passed(), e.paymentCode());
    }
}
