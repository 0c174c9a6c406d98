package io.coursedesk.local;

import io.coursedesk.harness.LocalCredentials;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

/**
 * Builds the {@code Context} a handler receives, as a proxy of the interface in the function's own jar:
 * the function cannot see our copy of aws-lambda-java-core, only its own, just as in Lambda.
 */
final class LambdaContexts {

    private final String functionName;
    private final int memoryLimitInMb;
    private final ClassLoader functionLoader;
    private final Class<?> contextType;
    private final Object logger;

    LambdaContexts(String functionName, int memoryLimitInMb, ClassLoader functionLoader) throws ClassNotFoundException {
        this.functionName = functionName;
        this.memoryLimitInMb = memoryLimitInMb;
        this.functionLoader = functionLoader;
        this.contextType = functionLoader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Class<?> loggerType = functionLoader.loadClass("com.amazonaws.services.lambda.runtime.LambdaLogger");
        this.logger = Proxy.newProxyInstance(functionLoader, new Class<?>[] {loggerType}, this::log);
    }

    Class<?> contextType() {
        return contextType;
    }

    /** A context for one invocation that must finish by {@code deadlineMillis} (epoch millis). */
    Object create(String requestId, long deadlineMillis) {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "getAwsRequestId" -> requestId;
            case "getFunctionName" -> functionName;
            case "getFunctionVersion" -> "$LATEST";
            case "getInvokedFunctionArn" -> "arn:aws:lambda:" + LocalCredentials.REGION_ID + ":"
                    + LocalCredentials.ACCOUNT_ID + ":function:" + functionName;
            case "getLogGroupName" -> "/aws/lambda/" + functionName;
            case "getLogStreamName" -> "local";
            case "getRemainingTimeInMillis" -> (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
            case "getMemoryLimitInMB" -> memoryLimitInMb;
            case "getLogger" -> logger;
            case "toString" -> "LocalContext[" + functionName + ", " + requestId + "]";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> null; // identity, client context, tenant id: not set for HTTP API and EventBridge invocations
        };
        return Proxy.newProxyInstance(functionLoader, new Class<?>[] {contextType}, handler);
    }

    private Object log(Object proxy, Method method, Object[] args) {
        if (method.getName().equals("log") && args != null && args.length > 0) {
            Object message = args[0];
            String text = message instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(message);
            System.out.println("[" + functionName + "] " + text);
            return null;
        }
        return switch (method.getName()) {
            case "toString" -> "LocalLambdaLogger[" + functionName + "]";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> null;
        };
    }
}
