package io.coursedesk.shared.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.events.EventEnvelope;
import io.micronaut.context.ApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The Lambda entry point of a function that EventBridge rules invoke: reads the envelope with the application's own
 * JSON set-up (records, {@code Instant}s) and hands it to the {@link EventConsumer} bean of its detail-type. An
 * exception fails the invocation, which is what makes Lambda retry the event and finally send it to the function's
 * dead-letter queue. An event no consumer takes is logged and acknowledged: a rule that sends it is a template
 * mistake that retries would not fix.
 */
public abstract class EventBridgeHandler extends ApplicationContextHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EventBridgeHandler.class);

    protected final ObjectMapper json;
    private final Map<String, EventConsumer<?>> consumers = new HashMap<>();

    protected EventBridgeHandler(ApplicationContext context) {
        super(context);
        this.json = context.getBean(ObjectMapper.class);
        for (EventConsumer<?> consumer : context.getBeansOfType(EventConsumer.class)) {
            EventConsumer<?> before = consumers.put(consumer.eventType().getSimpleName(), consumer);
            if (before != null) {
                throw new IllegalStateException("two consumers of " + consumer.eventType().getSimpleName() + ": "
                        + before.getClass().getName() + " and " + consumer.getClass().getName());
            }
        }
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        handle(json.readValue(input, EventEnvelope.class), lambdaContext);
    }

    /** Whether a consumer bean takes events of this detail-type. */
    protected boolean consumes(String detailType) {
        return consumers.containsKey(detailType);
    }

    /** One delivered event; the Lambda context tells how much time this invocation has left. */
    protected void handle(EventEnvelope envelope, Context lambdaContext) {
        EventConsumer<?> consumer = consumers.get(envelope.detailType());
        if (consumer == null) {
            LOG.warn("no consumer for events of type {} (event {})", envelope.detailType(), envelope.id());
            return;
        }
        accept(consumer, envelope, lambdaContext);
    }

    private <E extends DomainEvent> void accept(EventConsumer<E> consumer, EventEnvelope envelope,
                                                Context context) {
        consumer.accept(envelope.detailAs(consumer.eventType(), json), context);
    }
}
