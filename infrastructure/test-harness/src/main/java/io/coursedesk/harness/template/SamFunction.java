package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code AWS::Serverless::Function}, with {@code Globals} applied.
 *
 * @param codeUri     the deployment artifact (the shaded Lambda jar), resolved against the repository root
 * @param environment the environment variables (Globals merged with the function's own), values as written
 * @param properties  the function's own properties as written
 */
public record SamFunction(String logicalId, Path codeUri, String handler, Map<String, JsonNode> environment,
                          List<HttpApiRoute> httpRoutes, List<EventBridgeRuleTrigger> eventBridgeRules,
                          List<ScheduleTrigger> schedules, List<StreamTrigger> streams, JsonNode properties) {

    /** Lambda's own default when a function sets no {@code EventInvokeConfig.MaximumRetryAttempts}. */
    static final int AWS_DEFAULT_ASYNC_RETRY_ATTEMPTS = 2;

    /** The Maven module that builds the artifact: {@code functions/enrolment} for {@code functions/enrolment/target/x.jar}. */
    public Path moduleDirectory() {
        Path parent = codeUri.getParent();
        return parent != null && parent.getFileName().toString().equals("target") ? parent.getParent() : parent;
    }

    /**
     * Triggered by the bus or a schedule, so invoked asynchronously and in need of retries and a dead-letter queue
     * (a stream's mapping has its own, see {@link StreamTrigger}).
     */
    public boolean isAsync() {
        return !eventBridgeRules.isEmpty() || !schedules.isEmpty();
    }

    /** The function's own dead-letter queue for failed asynchronous invocations, or a missing node. */
    public JsonNode deadLetterQueue() {
        return properties.path("DeadLetterQueue");
    }

    /** {@code EventInvokeConfig}: Lambda's own retries and on-failure destination, or a missing node. */
    public JsonNode eventInvokeConfig() {
        return properties.path("EventInvokeConfig");
    }

    /** How often Lambda retries a failed asynchronous invocation before it gives up on the event. */
    public int asyncRetryAttempts() {
        JsonNode attempts = eventInvokeConfig().path("MaximumRetryAttempts");
        return attempts.canConvertToInt() ? attempts.asInt() : AWS_DEFAULT_ASYNC_RETRY_ATTEMPTS;
    }

    /** The template's queue that gets the records of invocations that failed every attempt, if it is SQS. */
    public Optional<String> onFailureQueue() {
        JsonNode onFailure = eventInvokeConfig().path("DestinationConfig").path("OnFailure");
        return "SQS".equals(onFailure.path("Type").asText()) ? Resource.arnOf(onFailure.path("Destination"))
                : Optional.empty();
    }
}
