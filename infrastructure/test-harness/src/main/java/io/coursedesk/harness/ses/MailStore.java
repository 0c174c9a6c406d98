package io.coursedesk.harness.ses;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The SES v2 API the functions send through, and the mail it keeps for the tests to read back. */
public interface MailStore {

    Duration POLL = Duration.ofMillis(50);

    /** The endpoint override for the functions' {@code SesV2Client}. */
    URI endpoint();

    /** Every email stored since start or the last {@link #clear()}, oldest first. */
    List<StoredEmail> storedEmails();

    /** Empties the store. */
    void clear();

    /** Waits until the store holds an email that satisfies the condition, and returns it. */
    default StoredEmail awaitEmail(Predicate<StoredEmail> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (StoredEmail email : storedEmails()) {
                if (condition.test(email)) {
                    return email;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no email as expected within " + timeout + "; stored: "
                        + storedEmails().stream().map(e -> e.to() + " " + e.subject()).toList());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
