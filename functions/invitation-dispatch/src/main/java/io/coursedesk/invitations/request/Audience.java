package io.coursedesk.invitations.request;

/** Who a course invitation goes to. */
public enum Audience {
    /** The confirmed participants (or their organisation's contact person). */
    STUDENTS,
    /** The course's lead and second instructor. */
    INSTRUCTOR
}
