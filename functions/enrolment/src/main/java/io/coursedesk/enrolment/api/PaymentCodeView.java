package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.domain.PaymentCodeState;

import java.time.Instant;

/**
 * A payment code as the list shows it: who used it for which enrolment, and when.
 *
 * @param usedByStudentId the student who enrolled with it; null unless used
 * @param usedByName      that student's name when they used it
 */
public record PaymentCodeView(String code, String batchId, String profile, String organisationId, String contact,
                              String reference, Instant createdAt, PaymentCodeState state,
                              String usedByStudentId, String usedByName, String courseId, String enrolmentId,
                              Instant usedAt, Instant deactivatedAt) {

    static PaymentCodeView of(PaymentCode code) {
        PaymentCode.Usage usage = code.usage();
        return new PaymentCodeView(code.code(), code.batchId(), code.profile(), code.organisationId(),
                code.contact(), code.reference(), code.createdAt(), code.state(),
                usage == null ? null : usage.studentId(), usage == null ? null : usage.studentName(),
                usage == null ? null : usage.courseId(), usage == null ? null : usage.enrolmentId(),
                usage == null ? null : usage.usedAt(), code.deactivatedAt());
    }
}
