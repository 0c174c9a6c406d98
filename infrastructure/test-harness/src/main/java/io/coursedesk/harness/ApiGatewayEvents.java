package io.coursedesk.harness;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds API Gateway HTTP API (payload format 2.0) events as API Gateway sends them to a Lambda function:
 * lower-case headers, cookies apart, query parameters decoded from the raw query string with repeated names
 * comma-joined, path parameters decoded, binary bodies base64-encoded, the JWT authorizer's claims in
 * {@code requestContext.authorizer.jwt.claims}. A request is built by hand in a test or {@link #from(HttpExchange)
 * from a real one}; the event is the JSON Lambda receives, or that JSON read into {@link APIGatewayV2HTTPEvent}
 * with the Lambda runtime's own serializer.
 */
public final class ApiGatewayEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final PojoSerializer<APIGatewayV2HTTPEvent> SERIALIZER =
            LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, ApiGatewayEvents.class.getClassLoader());
    /** What a client without headers of its own sends. */
    private static final Map<String, String> DEFAULT_HEADERS = Map.of("host", "localhost", "user-agent", "coursedesk-test");
    private static final String BEARER = "Bearer ";

    private ApiGatewayEvents() {
    }

    /** A request for this target: a raw path, optionally followed by {@code ?} and the raw query string. */
    public static Request request(String method, String target) {
        return new Request(method, target);
    }

    public static Request get(String target) {
        return request("GET", target);
    }

    public static Request post(String target) {
        return request("POST", target);
    }

    public static Request put(String target) {
        return request("PUT", target);
    }

    public static Request delete(String target) {
        return request("DELETE", target);
    }

    /** The request a client sent to a local HTTP server (its body is read here), with its own headers. */
    public static Request from(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        Request request = new Request(exchange.getRequestMethod(), uri.getRawPath())
                .sourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                .protocol(exchange.getProtocol());
        if (uri.getRawQuery() != null) {
            request.rawQuery(uri.getRawQuery());
        }
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length > 0) {
            request.body(body, exchange.getRequestHeaders().getFirst("Content-Type"));
        }
        return request;
    }

    /** Reads an event from the JSON Lambda receives. */
    public static APIGatewayV2HTTPEvent fromJson(String json) {
        return SERIALIZER.fromJson(json);
    }

    /** One request; every setter returns the builder. */
    public static final class Request {

        private final String method;
        private final String rawPath;
        private final StringBuilder rawQuery = new StringBuilder();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<String> cookies = new ArrayList<>();
        private String routeKey = "$default";
        private Map<String, String> pathParameters;
        private byte[] body;
        private boolean publicRoute;
        private String sourceIp = "127.0.0.1";
        private String protocol = "HTTP/1.1";
        private Instant time = Instant.now();

        private Request(String method, String target) {
            this.method = method.toUpperCase(Locale.ROOT);
            int query = target.indexOf('?');
            this.rawPath = query < 0 ? target : target.substring(0, query);
            if (query >= 0) {
                rawQuery(target.substring(query + 1));
            }
        }

        /** Adds a query parameter (encoded here); a repeated name is comma-joined as API Gateway does. */
        public Request query(String name, String value) {
            rawQuery.append(rawQuery.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            return this;
        }

        /** The query string exactly as the client sent it (without {@code ?}); the parameters are decoded from it. */
        public Request rawQuery(String raw) {
            rawQuery.setLength(0);
            rawQuery.append(raw);
            return this;
        }

        /**
         * Header names arrive in lower case and a repeated header is comma-joined; cookies go to the event's
         * {@code cookies}. A request's own {@code host} or {@code user-agent} replaces the default one.
         */
        public Request header(String name, String value) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (lowerName.equals("cookie")) {
                for (String cookie : value.split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.strip());
                    }
                }
                return this;
            }
            headers.merge(lowerName, value, (a, b) -> a + "," + b);
            return this;
        }

        public Request cookie(String name, String value) {
            cookies.add(name + "=" + value);
            return this;
        }

        /** Sends the token in {@code Authorization: Bearer}; its claims also appear as the JWT authorizer's. */
        public Request bearer(String token) {
            headers.put("authorization", BEARER + token);
            return this;
        }

        /** Sets the route key; the path parameters are then taken from the raw path and decoded. */
        public Request route(HttpApiRoute route) {
            this.routeKey = route.routeKey();
            this.publicRoute = route.publicRoute();
            Map<String, String> raw = route.match(method, rawPath).orElseThrow(() ->
                    new IllegalArgumentException(method + " " + rawPath + " does not match route " + route.routeKey()));
            this.pathParameters = new LinkedHashMap<>();
            // a path keeps its '+': only percent escapes are decoded
            raw.forEach((name, value) -> pathParameters.put(name,
                    URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8)));
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

        /** The body, with its content type ({@code null}: none). */
        public Request body(byte[] content, String contentType) {
            this.body = content;
            if (contentType != null) {
                headers.put("content-type", contentType);
            }
            headers.put("content-length", Integer.toString(content.length));
            return this;
        }

        public Request sourceIp(String ip) {
            this.sourceIp = ip;
            return this;
        }

        public Request protocol(String httpProtocol) {
            this.protocol = httpProtocol;
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
            Map<String, String> allHeaders = new LinkedHashMap<>(DEFAULT_HEADERS);
            allHeaders.putAll(headers);
            allHeaders.put("x-forwarded-for", sourceIp);
            allHeaders.put("x-forwarded-proto", "https");
            ObjectNode event = JSON.createObjectNode();
            event.put("version", "2.0");
            event.put("routeKey", routeKey);
            event.put("rawPath", rawPath);
            event.put("rawQueryString", rawQuery.toString());
            if (!cookies.isEmpty()) {
                cookies.forEach(event.putArray("cookies")::add);
            }
            ObjectNode headerNode = event.putObject("headers");
            allHeaders.forEach(headerNode::put);
            Map<String, String> queryParameters = queryParameters();
            if (!queryParameters.isEmpty()) {
                ObjectNode node = event.putObject("queryStringParameters");
                queryParameters.forEach(node::put);
            }
            if (pathParameters != null && !pathParameters.isEmpty()) {
                ObjectNode node = event.putObject("pathParameters");
                pathParameters.forEach(node::put);
            }
            String host = allHeaders.get("host");
            ObjectNode context = event.putObject("requestContext");
            context.put("accountId", LocalCredentials.ACCOUNT_ID);
            context.put("apiId", "local");
            context.put("domainName", host);
            context.put("domainPrefix", host.split("[.:]")[0]);
            ObjectNode http = context.putObject("http");
            http.put("method", method);
            http.put("path", rawPath);
            http.put("protocol", protocol);
            http.put("sourceIp", sourceIp);
            http.put("userAgent", allHeaders.get("user-agent"));
            context.put("requestId", UUID.randomUUID().toString());
            context.put("routeKey", routeKey);
            context.put("stage", "$default");
            context.put("time", REQUEST_TIME.format(time));
            context.put("timeEpoch", time.toEpochMilli());
            String authorization = headers.get("authorization");
            if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()) && !publicRoute) {
                ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
                ObjectNode claims = jwt.putObject("claims");
                authorizerClaims(authorization.substring(BEARER.length()).strip()).forEach(claims::put);
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

        /** API Gateway's rule: names and values percent-decoded, a repeated name's values joined with commas. */
        private Map<String, String> queryParameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String pair : rawQuery.toString().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.merge(name, value, (first, next) -> first + "," + next);
            }
            return parameters;
        }

        /** API Gateway passes every claim on as a string: dates as epoch seconds, lists as {@code [a b]}. */
        private static Map<String, String> authorizerClaims(String token) {
            try {
                Map<String, String> claims = new LinkedHashMap<>();
                SignedJWT.parse(token).getJWTClaimsSet().getClaims().forEach((name, value) -> claims.put(name,
                        value instanceof Date date ? Long.toString(date.toInstant().getEpochSecond())
                                : value instanceof Collection<?> list
                                ? list.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"))
                                : String.valueOf(value)));
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
