package io.coursedesk.shared.domain;

/** What a programme step is: a course, or an exam (an exam is held as a course of its type, too). */
public enum StepKind {
    COURSE,
    EXAM
}
