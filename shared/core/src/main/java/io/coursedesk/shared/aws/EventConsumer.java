package io.coursedesk.shared.aws;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.shared.events.DomainEvent;

/**
 * A use case an event starts. {@link EventBridgeHandler} hands each delivered event to the consumer bean of its
 * type. Events come at least once, so a consumer does nothing twice for the same {@code eventId}, and throws
 * when its work is not done, so that Lambda retries the event.
 */
public interface EventConsumer<E extends DomainEvent> {

    Class<E> eventType();

    void accept(E event, Context lambdaContext);
}
