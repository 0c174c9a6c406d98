package io.coursedesk.invitations.api;

import com.amazonaws.services.lambda.runtime.Context;
import io.coursedesk.invitations.dispatch.DeliveryAttempt;
import io.coursedesk.invitations.dispatch.InvitationDispatcher;
import io.coursedesk.shared.aws.EventBridgeHandler;
import io.coursedesk.shared.events.EventEnvelope;
import io.micronaut.context.ApplicationContext;

import java.time.Clock;

/** The Lambda entry point for the EventBridge rules: every delivered event becomes its mails. */
public class InvitationDispatchHandler extends EventBridgeHandler {
    private final InvitationDispatcher dispatcher;
    private final Clock clock;

    public InvitationDispatchHandler() {
        this(startContext());
    }

    /** For tests that bring their own context. */
    public InvitationDispatchHandler(ApplicationContext context) {
        super(context);
        this.dispatcher = context.getBean(InvitationDispatcher.class);
        this.clock = context.getBean(Clock.class);
    }

    /** An event a consumer bean takes goes to it (reminders); the others become their mails in the dispatcher. */
    @Override
    protected void handle(EventEnvelope envelope, Context lambdaContext) {
        if (consumes(envelope.detailType())) {
            super.handle(envelope, lambdaContext);
        } else {
            dispatcher.dispatch(envelope, DeliveryAttempt.of(lambdaContext, clock));
        }
    }
}
