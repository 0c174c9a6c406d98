package io.coursedesk.passes;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/**
 * The pass-bundles API function shared by the tests that need its beans (its handler is thread-safe), so they
 * start one application context between them.
 */
public final class PassBundlesFunction {
    private static FunctionUnderTest api;

    private PassBundlesFunction() {
    }

    public static synchronized FunctionUnderTest api() {
        if (api == null) {
            LocalAws.get().withS3(); // sets the system properties the handler's context reads
            APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction();
            api = FunctionUnderTest.http("PassBundlesApiFunction", handler)
                    .withBeans(handler.getApplicationContext()::getBean);
        }
        return api;
    }
}
