package io.coursedesk.relay.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.shared.aws.ApplicationContextHandler;
import io.coursedesk.shared.relay.OutboxRelay;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The Lambda entry point for the table's stream (event source mapping with ReportBatchItemFailures): relays the
 * batch's outbox items and answers with the first record it could not relay, from which Lambda retries.
 */
public class OutboxRelayHandler extends ApplicationContextHandler {
    private final ObjectMapper json;
    private final OutboxRelay relay;

    public OutboxRelayHandler() {
        this(startContext());
    }

    /** For tests that bring their own context. */
    public OutboxRelayHandler(ApplicationContext context) {
        super(context);
        this.json = context.getBean(ObjectMapper.class);
        this.relay = context.getBean(OutboxRelay.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        json.writeValue(output, relay.relay(json.readTree(input)));
    }
}
