package io.coursedesk.shared.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.events.EventEnvelope;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda entry point of a function that EventBridge rules invoke: reads the envelope with the application's own
 * JSON set-up (records, {@code Instant}s) and hands it to {@link #handle}. An exception fails the invocation, which
 * is what makes Lambda retry the event and finally send it to the function's dead-letter queue; so a handler throws
 * rather than logs when its work is not done, and does nothing twice when an event comes again.
 */
public abstract class EventBridgeHandler extends ApplicationContextHandler {
    protected final ObjectMapper json;

    protected EventBridgeHandler(ApplicationContext context) {
        super(context);
        this.json = context.getBean(ObjectMapper.class);
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        handle(json.readValue(input, EventEnvelope.class), lambdaContext);
    }

    /** One delivered event; the Lambda context tells how much time this invocation has left. */
    protected abstract void handle(EventEnvelope envelope, Context lambdaContext);
}
