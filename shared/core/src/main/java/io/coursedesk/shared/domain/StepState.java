package io.coursedesk.shared.domain;

/** Where a candidate stands on a programme step (manual 004: green, red "herkansing noodzakelijk", or not yet). */
public enum StepState {
    PASSED,
    /** A result was recorded and none passed: a retake is needed. */
    FAILED,
    PENDING
}
