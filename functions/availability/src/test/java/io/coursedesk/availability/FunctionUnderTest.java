package io.coursedesk.availability;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.HttpApiGateway;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/**
 * The availability function as the tests meet it: its real Lambda handler on the local AWS of this JVM, called
 * with API Gateway v2 events routed by template.yaml, and the harness's HTTP gateway on a loopback port that turns
 * a browser's requests into such events. The public base URL of the answer links is that gateway, so the links
 * in the recorded events open in a browser as they would from a mail.
 */
final class FunctionUnderTest {
    static final String FUNCTION_ID = "AvailabilityFunction";

    private static FunctionUnderTest instance;

    private final LocalAws aws;
    private final HttpApiGateway gateway;
    private final APIGatewayV2HTTPEventFunction handler;

    private FunctionUnderTest() {
        this.aws = LocalAws.get();
        this.gateway = HttpApiGateway.start(aws.template(), 0);
        aws.publicBaseUrl(gateway.url());
        this.handler = new APIGatewayV2HTTPEventFunction();
        gateway.function(FUNCTION_ID, this::invoke);
    }

    static synchronized FunctionUnderTest get() {
        if (instance == null) {
            instance = new FunctionUnderTest();
        }
        return instance;
    }

    LocalAws aws() {
        return aws;
    }

    String baseUrl() {
        return gateway.url().toString();
    }

    <T> T bean(Class<T> type) {
        return handler.getApplicationContext().getBean(type);
    }

    /** Sends the request on the route template.yaml gives it, as API Gateway would. */
    ApiGatewayResponse call(ApiGatewayEvents.Request request) {
        return ApiGatewayResponse.fromJson(invoke(request.routeFrom(aws.template()).toJson()));
    }

    String adminToken(String tenantId) {
        return aws.tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    /** One invocation as Lambda makes it: event JSON in, response JSON out. */
    private String invoke(String event) {
        return ApiGatewayResponse.toJson(handler.handleRequest(ApiGatewayEvents.fromJson(event),
                LocalLambdaContext.of(FUNCTION_ID)));
    }
}
