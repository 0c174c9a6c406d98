package io.coursedesk.harness;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds API Gateway HTTP API (payload format 2.0) events as API Gateway sends them to a Lambda function:
 * lower-case headers, cookies apart, repeated query parameters comma-joined, binary bodies base64-encoded,
 * the JWT authorizer's claims in {@code requestContext.authorizer.jwt.claims}.
 * The event is built as the JSON Lambda receives and read into {@link APIGatewayV2HTTPEvent} with the
 * Lambda runtime's own serializer.
 */
public final class ApiGatewayEvents {

    public static final String ACCOUNT_ID = "123456789012";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final PojoSerializer<APIGatewayV2HTTPEvent> SERIALIZER =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, ApiGatewayEvents.class.getClassLoader());

    private ApiGatewayEvents() {
    }

    public static Request request(String method, String rawPath) {
        return new Request(method, rawPath);
    }

    public static Request get(String rawPath) {
        return request("GET", rawPath);
    }

    public static Request post(String rawPath) {
        return request("POST", rawPath);
    }

    public static Request put(String rawPath) {
        return request("PUT", rawPath);
    }

    public static Request delete(String rawPath) {
        return request("DELETE", rawPath);
    }

    /** Reads an event from the JSON Lambda receives. */
    public static APIGatewayV2HTTPEvent fromJson(String json) {
        return SERIALIZER.fromJson(json);
    }

    /** One request; every setter returns the builder. */
    public static final class Request {

        private final String method;
        private final String rawPath;
        private final List<String[]> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> cookies = new ArrayList<>();
        private String rawQueryString;
        private String routeKey = "$default";
        private Map<String, String> pathParameters;
        private byte[] body;
        private String bearerToken;
        private boolean publicRoute;
        private String sourceIp = "127.0.0.1";
        private Instant time = Instant.now();

        private Request(String method, String rawPath) {
            this.method = method.toUpperCase(Locale.ROOT);
            this.rawPath = rawPath;
            header("host", "localhost");
            header("user-agent", "coursedesk-test");
        }

        /** Adds a query parameter (encoded here); a repeated name is comma-joined as API Gateway does. */
        public Request query(String name, String value) {
            query.add(new String[]{name, value});
            return this;
        }

        /** The query string exactly as the client sent it (without {@code ?}). */
        public Request rawQuery(String raw) {
            this.rawQueryString = raw;
            return this;
        }

        /** Header names arrive in lower case; a repeated header is comma-joined. */
        public Request header(String name, String value) {
            headers.merge(name.toLowerCase(Locale.ROOT), value, (a, b) -> a + "," + b);
            return this;
        }

        public Request cookie(String name, String value) {
            cookies.add(name + "=" + value);
            return this;
        }

        /** Sends the token in {@code Authorization: Bearer}; its claims also appear as the JWT authorizer's. */
        public Request bearer(String token) {
            this.bearerToken = token;
            return header("authorization", "Bearer " + token);
        }

        /** Sets the route key; the path parameters are then taken from the raw path. */
        public Request route(HttpApiRoute route) {
            this.routeKey = route.routeKey();
            this.publicRoute = route.publicRoute();
            this.pathParameters = route.match(method, rawPath).orElseThrow(() ->
                    new IllegalArgumentException(method + " " + rawPath + " does not match route " + route.routeKey()));
            return this;
        }

        /** Sets the route the template gives for this method and path. */
        public Request routeFrom(SamTemplate template) {
            return route(template.route(method, rawPath).orElseThrow(() ->
                    new IllegalArgumentException("no route in template.yaml for " + method + " " + rawPath)));
        }

        public Request jsonBody(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        /** Serialises the value with Jackson. */
        public Request jsonBody(Object value) {
            try {
                return jsonBody(JSON.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }

        public Request formBody(Map<String, String> fields) {
            StringBuilder form = new StringBuilder();
            fields.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return body(form.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        }

        public Request body(byte[] content, String contentType) {
            this.body = content;
            headers.put("content-type", contentType);
            headers.put("content-length", Integer.toString(content.length));
            return this;
        }

        public Request sourceIp(String ip) {
            this.sourceIp = ip;
            return this;
        }

        public Request time(Instant instant) {
            this.time = instant;
            return this;
        }

        public APIGatewayV2HTTPEvent toEvent() {
            return fromJson(toJson());
        }

        /** The event as the JSON document Lambda delivers. */
        public String toJson() {
            ObjectNode event = JSON.createObjectNode();
            event.put("version", "2.0");
            event.put("routeKey", routeKey);
            event.put("rawPath", rawPath);
            event.put("rawQueryString", rawQueryString != null ? rawQueryString : encodedQuery());
            if (!cookies.isEmpty()) {
                cookies.forEach(event.putArray("cookies")::add);
            }
            ObjectNode headerNode = event.putObject("headers");
            headers.forEach(headerNode::put);
            headerNode.put("x-forwarded-for", sourceIp);
            headerNode.put("x-forwarded-proto", "https");
            Map<String, String> queryParameters = queryParameters();
            if (!queryParameters.isEmpty()) {
                ObjectNode node = event.putObject("queryStringParameters");
                queryParameters.forEach(node::put);
            }
            if (pathParameters != null && !pathParameters.isEmpty()) {
                ObjectNode node = event.putObject("pathParameters");
                pathParameters.forEach(node::put);
            }
            ObjectNode context = event.putObject("requestContext");
            context.put("accountId", ACCOUNT_ID);
            context.put("apiId", "local");
            context.put("domainName", headers.get("host"));
            context.put("domainPrefix", headers.get("host").split("\\.")[0]);
            ObjectNode http = context.putObject("http");
            http.put("method", method);
            http.put("path", rawPath);
            http.put("protocol", "HTTP/1.1");
            http.put("sourceIp", sourceIp);
            http.put("userAgent", headers.get("user-agent"));
            context.put("requestId", UUID.randomUUID().toString());
            context.put("routeKey", routeKey);
            context.put("stage", "$default");
            context.put("time", REQUEST_TIME.format(time));
            context.put("timeEpoch", time.toEpochMilli());
            if (bearerToken != null && !publicRoute) {
                ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
                ObjectNode claims = jwt.putObject("claims");
                authorizerClaims().forEach(claims::put);
                jwt.putNull("scopes");
            }
            if (body != null) {
                boolean text = isText(headers.get("content-type"));
                event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
                event.put("isBase64Encoded", !text);
            } else {
                event.put("isBase64Encoded", false);
            }
            return event.toString();
        }

        private String encodedQuery() {
            StringBuilder raw = new StringBuilder();
            for (String[] parameter : query) {
                raw.append(raw.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(parameter[0], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
            }
            return raw.toString();
        }

        private Map<String, String> queryParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            query.forEach(p -> parameters.merge(p[0], p[1], (a, b) -> a + "," + b));
            return parameters;
        }

        /** API Gateway passes every claim on as a string. */
        private Map<String, String> authorizerClaims() {
            try {
                Map<String, String> claims = new LinkedHashMap<>();
                SignedJWT.parse(bearerToken).getJWTClaimsSet().getClaims().forEach((name, value) ->
                        claims.put(name, value instanceof java.util.Date date
                                ? Long.toString(date.toInstant().getEpochSecond()) : String.valueOf(value)));
                return claims;
            } catch (ParseException e) {
                // API Gateway would refuse a malformed token; tests may still send one to the function
                return Map.of();
            }
        }

        /**
         * HTTP APIs pass a body as text only for these types (checked against AWS by others): everything else,
         * form posts and a missing content type included, arrives base64-encoded.
         */
        private static boolean isText(String contentType) {
            if (contentType == null) {
                return false;
            }
            String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
            return type.startsWith("text/") || type.equals("application/json") || type.equals("application/xml")
                    || type.equals("application/javascript");
        }
    }
}
