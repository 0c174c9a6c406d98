package io.coursedesk.harness.bus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.template.EventBridgeRuleTrigger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An event the bus gave up on, as its dead-letter queue receives it, in one of the two shapes AWS sends there.
 *
 * @param queue      the template's queue it went to (logical id), or null when none is configured
 * @param body       the SQS message body
 * @param attributes the SQS message attributes (strings)
 * @param attempts   how many times the event was tried
 * @param lastError  the last failure's class and message
 */
public record DeadLetter(Shape shape, String rule, String functionId, String queue, String envelopeJson, String body,
                         Map<String, String> attributes, String lastError, int attempts, Instant at) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Shape {
        /** The rule could not invoke its target: the body is the event itself, the attributes say why. */
        EVENTBRIDGE_EVENT,
        /** The function ran and failed Lambda's own retries: the on-failure record, the event as its request payload. */
        LAMBDA_FAILURE_RECORD
    }

    /** What EventBridge sends to the rule target's dead-letter queue. */
    static DeadLetter ofRuleTarget(EventBridgeRuleTrigger rule, String busName, String envelopeJson,
                                   TargetNotInvokableException error, int attempts) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("RULE_ARN", "arn:aws:events:" + LocalCredentials.REGION_ID + ":" + LocalCredentials.ACCOUNT_ID
                + ":rule/" + busName + "/" + rule.ruleName());
        attributes.put("TARGET_ARN", functionArn(rule.functionId()));
        attributes.put("ERROR_CODE", error.errorCode());
        attributes.put("ERROR_MESSAGE", error.getMessage());
        if (error.retriable()) {
            attributes.put("EXHAUSTED_RETRY_CONDITION", "MaximumRetryAttempts");
        }
        attributes.put("RETRY_ATTEMPTS", Integer.toString(attempts - 1));
        return new DeadLetter(Shape.EVENTBRIDGE_EVENT, rule.ruleName(), rule.functionId(),
                rule.deadLetterQueue().orElse(null), envelopeJson, envelopeJson, Map.copyOf(attributes),
                error.errorCode() + ": " + error.getMessage(), attempts, Instant.now());
    }

    /** What Lambda sends to an asynchronous invocation's on-failure destination once its retries are exhausted. */
    static DeadLetter ofLambdaFailure(EventBridgeRuleTrigger rule, String queue, String envelopeJson, Throwable error,
                                      int invocations) {
        Instant now = Instant.now();
        ObjectNode record = JSON.createObjectNode().put("version", "1.0").put("timestamp", now.toString());
        record.putObject("requestContext").put("requestId", UUID.randomUUID().toString())
                .put("functionArn", functionArn(rule.functionId()) + ":$LATEST")
                .put("condition", "RetriesExhausted").put("approximateInvokeCount", invocations);
        record.set("requestPayload", readTree(envelopeJson));
        record.putObject("responseContext").put("statusCode", 200).put("executedVersion", "$LATEST")
                .put("functionError", "Unhandled");
        ObjectNode response = record.putObject("responsePayload")
                .put("errorMessage", error.getMessage()).put("errorType", error.getClass().getName());
        Arrays.stream(error.getStackTrace()).limit(10).map(StackTraceElement::toString)
                .forEach(response.putArray("stackTrace")::add);
        return new DeadLetter(Shape.LAMBDA_FAILURE_RECORD, rule.ruleName(), rule.functionId(), queue, envelopeJson,
                record.toString(), Map.of(), error.getClass().getName() + ": " + error.getMessage(), invocations, now);
    }

    private static String functionArn(String functionId) {
        return "arn:aws:lambda:" + LocalCredentials.REGION_ID + ":" + LocalCredentials.ACCOUNT_ID + ":function:" + functionId;
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
