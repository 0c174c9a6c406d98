package io.coursedesk.invitations.dispatch;

/**
 * Another delivery of the same event holds a claim on this mail that stays fresh beyond this attempt's time.
 * Failing makes Lambda retry the event later, when the mail is either sent (and skipped) or its claim has gone
 * stale (and is taken over), so a delivery that died between claiming and sending cannot lose the mail.
 */
public class MailInProgressException extends RuntimeException {
    public MailInProgressException(String message) {
        super(message);
    }
}
