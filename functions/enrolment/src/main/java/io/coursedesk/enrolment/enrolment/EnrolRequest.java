package io.coursedesk.enrolment.enrolment;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Size;

/**
 * @param studentId        who to enrol; a student leaves it out (or names themself)
 * @param payer            {@code SELF} or the id of the organisation the student is linked to; with a payment code it
 *                         may be left out (the code's organisation pays), else it must name that organisation
 * @param paymentCode      a payment code of the provider, unused and not deactivated, that pays the enrolment
 * @param organisationCode an organisation's code (manual 004): the student is linked to it as candidate with the
 *                         enrolment; optional
 */
@Introspected
public record EnrolRequest(@Size(max = 64) String studentId, @Size(max = 64) String payer,
                           @Size(max = 32) String paymentCode, @Size(max = 3) String organisationCode) {
    public static final String SELF = "SELF";
}
