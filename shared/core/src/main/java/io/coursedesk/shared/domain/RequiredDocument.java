package io.coursedesk.shared.domain;

/** Paperwork a course needs on the day. */
public enum RequiredDocument {
    ATTENDANCE_LIST,
    EXAM
}
