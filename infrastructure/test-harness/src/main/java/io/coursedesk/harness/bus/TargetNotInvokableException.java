package io.coursedesk.harness.bus;

/**
 * EventBridge could not invoke the target at all (no such function, throttled, no permission), as opposed to a
 * function that ran and failed. Retriable errors are retried under the rule's retry policy; the others go to the
 * rule's dead-letter queue at once, as in AWS.
 *
 * @see <a href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-rule-dlq.html">EventBridge dead-letter queues</a>
 */
public class TargetNotInvokableException extends Exception {

    private final String errorCode;
    private final boolean retriable;

    /** @param errorCode EventBridge's {@code ERROR_CODE}, e.g. {@code NO_RESOURCE}, {@code THROTTLING} */
    public TargetNotInvokableException(String errorCode, String message, boolean retriable) {
        super(message);
        this.errorCode = errorCode;
        this.retriable = retriable;
    }

    /** The function is not there (not deployed, not built): nothing a retry would change. */
    public static TargetNotInvokableException noSuchFunction(String functionId) {
        return new TargetNotInvokableException("NO_RESOURCE", "Function not found: " + functionId, false);
    }

    public String errorCode() {
        return errorCode;
    }

    public boolean retriable() {
        return retriable;
    }
}
