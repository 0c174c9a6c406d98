package io.coursedesk.passes.api;

import io.coursedesk.shared.aws.EventBridgeHandler;
import io.micronaut.context.ApplicationContext;

/**
 * The Lambda entry point for this function's EventBridge rules: a requested bundle is built, a recorded result
 * becomes (or stops being) a qualification; each by its {@code EventConsumer} bean.
 */
public class PassBundlesEventHandler extends EventBridgeHandler {

    public PassBundlesEventHandler() {
        this(startContext());
    }

    /** For tests that bring their own context. */
    public PassBundlesEventHandler(ApplicationContext context) {
        super(context);
    }
}
