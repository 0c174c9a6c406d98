package io.coursedesk.shared.aws;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;

/**
 * A Lambda entry point for events that are not HTTP (EventBridge rules, the table's stream): reads the event with the
 * application's own beans. The context starts in the constructor, so SnapStart snapshots it; tests pass their own.
 */
public abstract class ApplicationContextHandler implements RequestStreamHandler, AutoCloseable {
    protected final ApplicationContext context;

    protected ApplicationContextHandler(ApplicationContext context) {
        this.context = context;
    }

    /** The context a Lambda starts with: Micronaut's Lambda environment, singletons created eagerly. */
    protected static ApplicationContext startContext() {
        ApplicationContextBuilder builder = ApplicationContext.builder();
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        return builder.start();
    }

    @Override
    public void close() {
        context.close();
    }
}
