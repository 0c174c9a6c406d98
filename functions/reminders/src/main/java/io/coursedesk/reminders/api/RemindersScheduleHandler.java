package io.coursedesk.reminders.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.reminders.schedule.RunReminders;
import io.coursedesk.shared.aws.ApplicationContextHandler;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;

/**
 * The Lambda entry point of the daily schedule. EventBridge Scheduler sends the template's {@code Input},
 * {@code {"scheduledTime": "<aws.scheduler.scheduled-time>"}}: the run works as of the time it was scheduled for,
 * so a late or retried invocation finds what was due then. It answers {@code {"due": n, "published": n}}; an
 * exception fails the invocation, which Lambda retries and finally dead-letters.
 */
public class RemindersScheduleHandler extends ApplicationContextHandler {
    private final ObjectMapper json;
    private final RunReminders runReminders;

    public RemindersScheduleHandler() {
        this(startContext());
    }

    /** For tests that bring their own context. */
    public RemindersScheduleHandler(ApplicationContext context) {
        super(context);
        this.json = context.getBean(ObjectMapper.class);
        this.runReminders = context.getBean(RunReminders.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        ScheduledRun scheduled = json.readValue(input, ScheduledRun.class);
        if (scheduled.scheduledTime() == null) {
            throw new IllegalArgumentException("the schedule's input has no scheduledTime");
        }
        json.writeValue(output, runReminders.run(scheduled.scheduledTime()));
    }

    /** The schedule's input. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScheduledRun(Instant scheduledTime) {
    }
}
