package io.coursedesk.shared.domain;

/** Which instructor slot of a course. */
public enum InstructorRole {
    LEAD,
    SECOND
}
