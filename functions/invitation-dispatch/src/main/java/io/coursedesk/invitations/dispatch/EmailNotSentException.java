package io.coursedesk.invitations.dispatch;

/** SES refused a mail or kept failing after the retries; it is recorded as failed. */
public class EmailNotSentException extends RuntimeException {
    public EmailNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
