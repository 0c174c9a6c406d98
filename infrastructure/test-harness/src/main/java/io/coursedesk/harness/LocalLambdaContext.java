package io.coursedesk.harness;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.coursedesk.harness.template.SamFunction;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** The Lambda context of one invocation, with the function's name, memory and timeout from {@code template.yaml}. */
public final class LocalLambdaContext implements Context {

    private static final int DEFAULT_MEMORY_MB = 128;
    private static final int DEFAULT_TIMEOUT_SECONDS = 3;

    private final String functionName;
    private final int memoryMb;
    private final long deadlineNanos;
    private final String requestId = UUID.randomUUID().toString();

    private LocalLambdaContext(String functionName, int memoryMb, Duration timeout) {
        this.functionName = functionName;
        this.memoryMb = memoryMb;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /** A fresh context for one invocation of this function; the timeout starts now. */
    public static LocalLambdaContext of(SamFunction function) {
        return new LocalLambdaContext(function.logicalId(),
                function.properties().path("MemorySize").asInt(DEFAULT_MEMORY_MB),
                Duration.ofSeconds(function.properties().path("Timeout").asInt(DEFAULT_TIMEOUT_SECONDS)));
    }

    /** A fresh context for one invocation of the template's function with this logical id. */
    public static LocalLambdaContext of(String functionLogicalId) {
        return of(LocalAws.get().template().function(functionLogicalId));
    }

    /** The same function's context with less time: for an invocation that has only this much left. */
    public LocalLambdaContext withTimeout(Duration timeout) {
        return new LocalLambdaContext(functionName, memoryMb, timeout);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "local";
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + LocalCredentials.REGION.id() + ":" + LocalCredentials.ACCOUNT_ID + ":function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                System.out.println(message);
            }

            @Override
            public void log(byte[] message) {
                System.out.println(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
