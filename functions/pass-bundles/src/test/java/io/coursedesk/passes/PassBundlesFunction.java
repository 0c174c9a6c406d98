package io.coursedesk.passes;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/**
 * The pass-bundles API function as the tests meet it: its real Lambda handler on this JVM's local AWS, shared by
 * all tests (it is thread-safe), with access to its beans for arranging data the API does not write.
 */
public final class PassBundlesFunction {
    private static PassBundlesFunction instance;

    private final APIGatewayV2HTTPEventFunction handler;
    private final FunctionUnderTest function;

    private PassBundlesFunction() {
        LocalAws.get(); // sets the system properties the handler's context reads
        this.handler = new APIGatewayV2HTTPEventFunction();
        this.function = FunctionUnderTest.http("PassBundlesApiFunction", handler);
    }

    public static synchronized PassBundlesFunction get() {
        if (instance == null) {
            instance = new PassBundlesFunction();
        }
        return instance;
    }

    public LocalAws aws() {
        return function.aws();
    }

    public <T> T bean(Class<T> type) {
        return handler.getApplicationContext().getBean(type);
    }

    public ApiGatewayResponse call(ApiGatewayEvents.Request request) {
        return function.call(request);
    }
}
