package io.coursedesk.harness.bus;

import io.coursedesk.harness.sqs.SqsEmulator;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The event bus as tests and the local run meet it, whichever EventBridge is behind it: the harness's own
 * ({@link LocalEventBus}) or LocalStack's. Matched events reach the {@link EventTarget} in this JVM, failures are
 * retried up to the rule's retry policy and then dead-lettered.
 */
public interface EventBus {

    String busName();

    /** The endpoint override for the functions' {@code EventBridgeClient}. */
    URI endpoint();

    /** Where matched events go from now on; null keeps them on the bus undelivered. */
    void target(EventTarget eventTarget);

    /** From now on dead letters also go to the template's dead-letter queues there, in AWS's message shapes. */
    void sendDeadLettersTo(SqsEmulator sqs);

    /** Delivers every matched event this many times (at-least-once, as in AWS); 1 by default. */
    void deliverEachEventTimes(int times);

    /**
     * Answers the next {@code times} PutEvents entries that satisfy the condition with a failed entry, as PutEvents
     * does when it accepts a request but not each of its entries. A bus that cannot skips the calling test.
     */
    void refuseEntries(Predicate<PutEventsEntry> condition, int times);

    /** Forgets published events and dead letters, disconnects the target and delivers once again. */
    void reset();

    List<PublishedEvent> published();

    List<DeadLetter> deadLetters();

    /** Puts one event on the bus, for tests that start a flow with an event. */
    PublishedEvent publish(String source, String detailType, String detailJson);

    /** Waits for an event of this detail-type that satisfies the condition, published before or during the wait. */
    PublishedEvent awaitPublished(String detailType, Predicate<PublishedEvent> condition, Duration timeout);

    /** Waits until every delivery, retry and the events they caused have finished. */
    void awaitIdle(Duration timeout);
}
