package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Enrolment;

/** @param waitingListPosition 1 for the first in line; null when the enrolment is not waiting */
public record EnrolmentResult(Enrolment enrolment, Integer waitingListPosition) {
}
