package io.coursedesk.harness;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One function of {@code template.yaml} as a test meets it: its real Lambda handler on this JVM's {@link LocalAws},
 * invoked the way Lambda invokes it. HTTP functions get API Gateway v2 events routed by the template
 * ({@link #call}); event functions get EventBridge envelopes ({@link #deliver}), either from the test or from the
 * local bus once {@link #receiveFromBus} connects them. The handler is thread-safe, so concurrent tests share it.
 */
public final class FunctionUnderTest implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Map<String, FunctionUnderTest> CONNECTED = new ConcurrentHashMap<>();

    private final LocalAws aws;
    private final String functionId;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> httpHandler;
    private final RequestStreamHandler eventHandler;
    private final AutoCloseable closeable;

    private FunctionUnderTest(String functionId, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> http,
                              RequestStreamHandler events, AutoCloseable closeable) {
        this.aws = LocalAws.get();
        this.functionId = aws.template().function(functionId).logicalId();
        this.httpHandler = http;
        this.eventHandler = events;
        this.closeable = closeable;
    }

    /** The template's HTTP function with this logical id, served by this handler (Micronaut's API Gateway v2 function). */
    public static <H extends RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> & AutoCloseable>
    FunctionUnderTest http(String functionId, H handler) {
        return new FunctionUnderTest(functionId, handler, null, handler);
    }

    /** The template's event function with this logical id, served by this stream handler. */
    public static <H extends RequestStreamHandler & AutoCloseable> FunctionUnderTest events(String functionId, H handler) {
        return new FunctionUnderTest(functionId, null, handler, handler);
    }

    public LocalAws aws() {
        return aws;
    }

    public String functionId() {
        return functionId;
    }

    /** Sends the request on the route {@code template.yaml} gives it, as API Gateway would. */
    public ApiGatewayResponse call(ApiGatewayEvents.Request request) {
        if (httpHandler == null) {
            throw new IllegalStateException(functionId + " is not an HTTP function");
        }
        return ApiGatewayResponse.of(httpHandler.handleRequest(request.routeFrom(aws.template()).toEvent(),
                LocalLambdaContext.of(functionId)));
    }

    /** Invokes the event function once with this EventBridge envelope, as Lambda would; its failure is thrown. */
    public String deliver(String envelopeJson) throws Exception {
        return deliver(envelopeJson, LocalLambdaContext.of(functionId));
    }

    /** The same with this Lambda context (for an invocation that has little time left). */
    public String deliver(String envelopeJson, LocalLambdaContext context) throws IOException {
        if (eventHandler == null) {
            throw new IllegalStateException(functionId + " is not an event function");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        eventHandler.handleRequest(new ByteArrayInputStream(envelopeJson.getBytes(StandardCharsets.UTF_8)), output,
                context);
        return output.toString(StandardCharsets.UTF_8);
    }

    /**
     * From now on the local bus delivers the events its rules match for this function to this handler, once each
     * (with the bus's retries and dead-lettering); other functions' rules are ignored unless they are connected too.
     */
    public FunctionUnderTest receiveFromBus() {
        CONNECTED.put(functionId, this);
        aws.eventBus().target((targetId, envelope) -> {
            FunctionUnderTest target = CONNECTED.get(targetId);
            if (target != null) {
                target.deliver(envelope);
            }
        });
        return this;
    }

    /** The EventBridge envelope a rule delivers for this detail (any record or JSON tree), with a fresh id. */
    public static String envelope(String source, String detailType, Object detail) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("version", "0").put("id", UUID.randomUUID().toString())
                .put("detail-type", detailType).put("source", source)
                .put("account", LocalCredentials.ACCOUNT_ID).put("time", java.time.Instant.now().toString())
                .put("region", LocalCredentials.REGION.id());
        envelope.set("detail", JSON.valueToTree(detail));
        try {
            return JSON.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A provider admin's token for this tenant. */
    public String adminToken(String tenantId) {
        return aws.tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    @Override
    public void close() throws Exception {
        CONNECTED.remove(functionId);
        closeable.close();
    }
}
