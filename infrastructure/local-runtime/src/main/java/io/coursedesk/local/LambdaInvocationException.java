package io.coursedesk.local;

/** A function failed to handle an event, as a Lambda invocation error would report it to its caller. */
public class LambdaInvocationException extends RuntimeException {

    public LambdaInvocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
