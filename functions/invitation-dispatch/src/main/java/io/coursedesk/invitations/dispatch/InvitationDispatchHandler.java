package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.aws.ApplicationContextHandler;
import io.coursedesk.shared.events.EventEnvelope;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;

/**
 * The Lambda entry point for the EventBridge rules: reads the envelope with the application's own JSON set-up
 * (records, {@code Instant}s) and dispatches it. An exception fails the invocation, which is what makes
 * EventBridge and Lambda retry the event and finally dead-letter it.
 */
public class InvitationDispatchHandler extends ApplicationContextHandler {
    private final ObjectMapper json;
    private final InvitationDispatcher dispatcher;
    private final Clock clock;

    public InvitationDispatchHandler() {
        this(startContext());
    }

    /** For tests that bring their own context. */
    public InvitationDispatchHandler(ApplicationContext context) {
        super(context);
        this.json = context.getBean(ObjectMapper.class);
        this.dispatcher = context.getBean(InvitationDispatcher.class);
        this.clock = context.getBean(Clock.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        dispatcher.dispatch(json.readValue(input, EventEnvelope.class), DeliveryAttempt.of(lambdaContext, clock));
    }
}
