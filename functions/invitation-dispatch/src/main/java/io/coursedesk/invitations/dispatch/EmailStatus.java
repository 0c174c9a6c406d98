package io.coursedesk.invitations.dispatch;

/** Where a mail stands. */
public enum EmailStatus {
    /** A delivery of the event took it on and is sending it (or died doing so: then it may be taken over). */
    CLAIMED,
    /** SES accepted it. */
    SENT,
    /** SES refused it, or kept failing; the next delivery of the event tries again. */
    FAILED
}
