package io.coursedesk.enrolment.enrolment;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.Size;

/**
 * @param studentId who to enrol; a student leaves it out (or names themself)
 * @param payer     {@code SELF} or the id of the organisation the student is linked to
 */
@Introspected
public record EnrolRequest(@Size(max = 64) String studentId, @Size(max = 64) String payer) {
    public static final String SELF = "SELF";
}
