package io.coursedesk.invitations.dispatch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.events.EventEnvelope;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda entry point for the EventBridge rules: reads the envelope with the application's own JSON set-up
 * (records, {@code Instant}s) and dispatches it. An exception fails the invocation, which is what makes
 * EventBridge and Lambda retry the event and finally dead-letter it. The application context starts in the
 * constructor, so SnapStart snapshots it.
 */
public class InvitationDispatchHandler implements RequestStreamHandler, AutoCloseable {
    private final ApplicationContext context;
    private final ObjectMapper json;
    private final InvitationDispatcher dispatcher;

    public InvitationDispatchHandler() {
        this(startContext());
    }

    /** For tests that bring their own context. */
    public InvitationDispatchHandler(ApplicationContext context) {
        this.context = context;
        this.json = context.getBean(ObjectMapper.class);
        this.dispatcher = context.getBean(InvitationDispatcher.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        dispatcher.dispatch(json.readValue(input, EventEnvelope.class));
    }

    @Override
    public void close() {
        context.close();
    }

    private static ApplicationContext startContext() {
        ApplicationContextBuilder builder = ApplicationContext.builder();
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        return builder.start();
    }
}
