package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One invocation's attempt at the mails of one event: the id its claims carry, so it releases only its own, and
 * the moment Lambda ends it, so it waits for another attempt's claim only as long as it can.
 */
public record DeliveryAttempt(String claimId, Instant deadline) {

    /** An attempt that ends when the invocation's remaining time runs out. */
    public static DeliveryAttempt of(Context lambdaContext, Clock clock) {
        return new DeliveryAttempt(UUID.randomUUID().toString(),
                clock.instant().plus(Duration.ofMillis(lambdaContext.getRemainingTimeInMillis())));
    }
}
