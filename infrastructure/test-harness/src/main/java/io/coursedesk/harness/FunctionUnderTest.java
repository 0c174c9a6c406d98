package io.coursedesk.harness;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.shared.events.DomainEvent;
import io.coursedesk.shared.persistence.Item;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One function of {@code template.yaml} as a test meets it: its real Lambda handler on this JVM's {@link LocalAws},
 * invoked the way Lambda invokes it. HTTP functions get API Gateway v2 events routed by the template
 * ({@link #call}), also from a browser once it is {@link #behind} a loopback gateway; event functions get
 * EventBridge envelopes or stream batches ({@link #deliver}), either from the test or from the local bus once
 * {@link #receiveFromBus} connects them. The handler is thread-safe, so concurrent tests share it. Module fixtures
 * (a tenant, a provider, a mail world) hold one of these and build their data around it.
 */
public final class FunctionUnderTest implements AutoCloseable {
    // dates as ISO strings, as the functions write the events they publish
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Map<String, FunctionUnderTest> CONNECTED = new ConcurrentHashMap<>();

    private final LocalAws aws;
    private final String functionId;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> httpHandler;
    private final RequestStreamHandler eventHandler;
    private final AutoCloseable closeable;
    private Function<Class<?>, ?> beans;
    private HttpApiGateway gateway;

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

    /** The template's event function (EventBridge rules, the table's stream) with this id, served by this handler. */
    public static <H extends RequestStreamHandler & AutoCloseable> FunctionUnderTest events(String functionId, H handler) {
        return new FunctionUnderTest(functionId, null, handler, handler);
    }

    public LocalAws aws() {
        return aws;
    }

    public String functionId() {
        return functionId;
    }

    /**
     * Lets {@link #bean} reach the handler's beans, e.g. {@code handler.getApplicationContext()::getBean}: the
     * harness knows no dependency-injection container, the module that makes the handler does.
     */
    public FunctionUnderTest withBeans(Function<Class<?>, ?> beanOfType) {
        this.beans = beanOfType;
        return this;
    }

    /** The handler's bean of this type, for test data written the function's own way. */
    public <T> T bean(Class<T> type) {
        if (beans == null) {
            throw new IllegalStateException(functionId + ": no bean lookup given (withBeans)");
        }
        return type.cast(beans.apply(type));
    }

    /**
     * From now on this gateway's requests on the function's routes reach it too, for a browser; the gateway is
     * closed with the function. Start the gateway before the handler when the function needs its URL at start.
     */
    public FunctionUnderTest behind(HttpApiGateway loopbackGateway) {
        this.gateway = loopbackGateway;
        loopbackGateway.function(functionId, event -> ApiGatewayResponse.toJson(
                httpHandler().handleRequest(ApiGatewayEvents.fromJson(event), LocalLambdaContext.of(functionId))));
        return this;
    }

    /** The base URL of the gateway the function is {@link #behind}. */
    public URI url() {
        if (gateway == null) {
            throw new IllegalStateException(functionId + " is behind no gateway");
        }
        return gateway.url();
    }

    /** Sends the request on the route {@code template.yaml} gives it, as API Gateway would. */
    public ApiGatewayResponse call(ApiGatewayEvents.Request request) {
        return call(request.routeFrom(aws.template()).toEvent());
    }

    /** Sends this event as it is: for one API Gateway would not make from a request (no authorizer claims, say). */
    public ApiGatewayResponse call(APIGatewayV2HTTPEvent event) {
        return ApiGatewayResponse.of(httpHandler().handleRequest(event, LocalLambdaContext.of(functionId)));
    }

    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> httpHandler() {
        if (httpHandler == null) {
            throw new IllegalStateException(functionId + " is not an HTTP function");
        }
        return httpHandler;
    }

    /**
     * Invokes the event function once with this event (an EventBridge envelope, a stream batch), as Lambda would;
     * returns its answer, its failure is thrown.
     */
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

    /** The envelope a rule delivers for this event, under its own detail-type. */
    public static String envelope(String source, DomainEvent event) {
        return envelope(source, event.detailType(), event);
    }

    /** The table's item with this key as it is stored now (consistent read); empty when there is none. */
    public Item item(Map<String, AttributeValue> key) {
        return Item.of(new HashMap<>(aws.dynamoDbClient().getItem(b -> b.tableName(aws.tableName()).key(key)
                .consistentRead(true)).item()));
    }

    /** A provider admin's token for this tenant. */
    public String adminToken(String tenantId) {
        return aws.tokens().forSubject("admin-" + tenantId).tenantId(tenantId).role("PROVIDER_ADMIN")
                .email("planning@" + tenantId + ".example").name("Planner").mint();
    }

    @Override
    public void close() throws Exception {
        CONNECTED.remove(functionId, this);
        if (gateway != null) {
            gateway.close();
        }
        closeable.close();
    }
}
