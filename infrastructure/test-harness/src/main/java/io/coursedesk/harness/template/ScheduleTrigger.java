package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code Schedule} or {@code ScheduleV2} event of a function.
 *
 * @param expression {@code cron(...)} or {@code rate(...)}
 * @param timezone   the {@code ScheduleExpressionTimezone} (ScheduleV2), or null for UTC
 */
public record ScheduleTrigger(String functionId, String eventName, String type, String expression, String timezone,
                              JsonNode retryPolicy, JsonNode deadLetterConfig) {

    public boolean hasRetryPolicy() {
        return retryPolicy.isObject() && !retryPolicy.isEmpty();
    }

    public boolean hasDeadLetterConfig() {
        return deadLetterConfig.isObject() && !deadLetterConfig.isEmpty();
    }
}
