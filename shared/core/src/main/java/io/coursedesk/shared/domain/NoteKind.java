package io.coursedesk.shared.domain;

/**
 * The notes a provider sends a payer about an enrolment, each kind with its own number series per provider and year:
 * a debit note seven days after the enrolment, a credit note when an enrolment with a debit note is cancelled (or its
 * course is).
 */
public enum NoteKind {
    DEBIT_NOTE,
    CREDIT_NOTE
}
