package io.coursedesk.shared.domain;

/** What became of a payment code: still to be used, paid an enrolment, or switched off by the provider. */
public enum PaymentCodeState {
    UNUSED,
    USED,
    DEACTIVATED
}
