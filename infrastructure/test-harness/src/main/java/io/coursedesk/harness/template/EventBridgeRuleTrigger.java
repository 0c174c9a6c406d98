package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * One {@code EventBridgeRule} event of a function.
 *
 * @param pattern          the event pattern as JSON (what Event Ruler compiles)
 * @param retryPolicy      the rule target's {@code RetryPolicy}, or a missing node
 * @param deadLetterConfig the rule target's {@code DeadLetterConfig}, or a missing node
 */
public record EventBridgeRuleTrigger(String functionId, String eventName, JsonNode pattern, JsonNode eventBusName,
                                     JsonNode retryPolicy, JsonNode deadLetterConfig) {

    /** EventBridge's own default when a target sets no retry policy. */
    static final int AWS_DEFAULT_RETRY_ATTEMPTS = 185;

    /** A name unique in the template: {@code FunctionId.EventName}. */
    public String ruleName() {
        return functionId + "." + eventName;
    }

    public String patternJson() {
        return pattern.toString();
    }

    public int maximumRetryAttempts() {
        JsonNode attempts = retryPolicy.path("MaximumRetryAttempts");
        return attempts.canConvertToInt() ? attempts.asInt() : AWS_DEFAULT_RETRY_ATTEMPTS;
    }

    public boolean hasRetryPolicy() {
        return retryPolicy.isObject() && !retryPolicy.isEmpty();
    }

    public boolean hasDeadLetterConfig() {
        return deadLetterConfig.isObject() && !deadLetterConfig.isEmpty();
    }

    /** The template's queue that gets the events this rule's target could not be invoked with. */
    public Optional<String> deadLetterQueue() {
        return Resource.arnOf(deadLetterConfig.path("Arn"));
    }
}
