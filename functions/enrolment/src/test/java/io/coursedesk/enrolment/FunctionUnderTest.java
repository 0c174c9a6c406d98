package io.coursedesk.enrolment;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalLambdaContext;
import io.coursedesk.shared.persistence.Item;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

/**
 * The real enrolment Lambda handler on the local AWS stand-ins, called with API Gateway v2 events.
 * One per test class; the handler is thread-safe, so concurrent tests share it.
 */
final class FunctionUnderTest implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    final LocalAws aws = LocalAws.get();
    private final APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction();
    private final LocalLambdaContext context = LocalLambdaContext.of("EnrolmentFunction");

    ApiGatewayResponse send(ApiGatewayEvents.Request request) {
        return send(request.toEvent());
    }

    ApiGatewayResponse send(APIGatewayV2HTTPEvent event) {
        return ApiGatewayResponse.of(handler.handleRequest(event, context));
    }

    /** A request for a route of the template (path parameters and route key as API Gateway sets them). */
    ApiGatewayEvents.Request request(String method, String pathAndQuery) {
        return ApiGatewayEvents.request(method, pathAndQuery).routeFrom(aws.template());
    }

    /** The item with this key as it is stored now (consistent read); empty when there is none. */
    Item item(Map<String, AttributeValue> key) {
        return Item.of(new HashMap<>(aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName()).key(key)
                .consistentRead(true)).item()));
    }

    @Override
    public void close() {
        handler.close();
    }
}
