package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.coursedesk.harness.template.HttpApiRoute;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a real HTTP request into the API Gateway HTTP API payload 2.0 event that AWS would send the route's
 * function: lower-case headers joined with commas, cookies in their own list, decoded query and path parameters,
 * non-text bodies base64 encoded, and the JWT authorizer's claims in the request context.
 */
final class HttpApiEvents {

    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final ObjectMapper json;

    HttpApiEvents(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode toEvent(HttpExchange exchange, HttpApiRoute route, Map<String, String> pathParameters,
                       Map<String, String> claims, byte[] body) {
        URI uri = exchange.getRequestURI();
        ObjectNode event = json.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", route.routeKey());
        event.put("rawPath", uri.getRawPath());
        event.put("rawQueryString", uri.getRawQuery() == null ? "" : uri.getRawQuery());

        List<String> cookies = new ArrayList<>();
        ObjectNode headers = event.putObject("headers");
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (lowerName.equals("cookie")) {
                values.forEach(value -> cookies.addAll(List.of(value.split(";\\s*"))));
            } else {
                headers.put(lowerName, String.join(",", values));
            }
        });
        if (!cookies.isEmpty()) {
            ArrayNode cookieList = event.putArray("cookies");
            cookies.forEach(cookieList::add);
        }
        Map<String, String> query = queryParameters(uri.getRawQuery());
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            pathParameters.forEach((name, value) -> parameters.put(name, decode(value)));
        }

        String requestId = UUID.randomUUID().toString();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000");
        context.put("apiId", "local");
        context.put("domainName", headers.path("host").asText("localhost"));
        context.put("domainPrefix", "local");
        if (!claims.isEmpty()) {
            ObjectNode jwtClaims = context.putObject("authorizer").putObject("jwt").putObject("claims");
            claims.forEach(jwtClaims::put);
        }
        ObjectNode http = context.putObject("http");
        http.put("method", exchange.getRequestMethod());
        http.put("path", uri.getRawPath());
        http.put("protocol", exchange.getProtocol());
        http.put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        http.put("userAgent", headers.path("user-agent").asText(""));
        context.put("requestId", requestId);
        context.put("routeKey", route.routeKey());
        context.put("stage", "$default");
        context.put("time", REQUEST_TIME.format(now));
        context.put("timeEpoch", now.toInstant().toEpochMilli());

        if (body.length > 0) {
            boolean text = isText(headers.path("content-type").asText(""));
            event.put("body", text ? new String(body, StandardCharsets.UTF_8) : java.util.Base64.getEncoder().encodeToString(body));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    /** API Gateway's rule: repeated query parameters are joined with commas, values decoded. */
    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, next) -> first + "," + next);
        }
        return parameters;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("application/javascript")
                || type.startsWith("application/yaml") || type.isEmpty();
    }
}
