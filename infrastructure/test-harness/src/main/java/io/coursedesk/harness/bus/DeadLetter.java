package io.coursedesk.harness.bus;

import java.time.Instant;

/**
 * An event a target kept failing on, after the rule's retries: what a dead-letter queue would hold.
 *
 * @param rule      {@code FunctionId.EventName} of the rule that matched
 * @param attempts  how many times delivery was tried
 * @param lastError the last failure's class and message
 */
public record DeadLetter(String rule, String functionId, String envelopeJson, String lastError, int attempts,
                         Instant at) {
}
