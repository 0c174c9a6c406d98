package io.coursedesk.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real HTTP requests through the gateway to a function on the classpath that answers with the event it got. */
class HttpApiGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String VALID = "Bearer valid";

    private static HttpApiGateway gateway;

    @BeforeAll
    static void start() {
        gateway = HttpApiGateway.start(SamTemplate.locate(), 0, VALID::equals)
                .function("EnrolmentFunction", HttpApiGatewayTest::echo)
                .function("AvailabilityFunction", event -> {
                    throw new IllegalStateException("the function crashed");
                })
                .context("/local/hello", exchange -> ApiGatewayResponse.of(200, "text/plain",
                        "hallo".getBytes(StandardCharsets.UTF_8)).writeTo(exchange));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void aBrowsersRequestReachesTheFunctionAsApiGatewaysEvent() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(gateway.url().resolve(
                        "/courses/c%201/enrolments?tag=a&tag=b%20c"))
                .header("Authorization", VALID).header("Cookie", "session=1; theme=dark").header("User-Agent", "Firefox")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("answer=ja")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode event = JSON.readTree(response.body());
        assertThat(event.path("routeKey").asText()).isEqualTo("POST /courses/{courseId}/enrolments");
        assertThat(event.path("pathParameters").path("courseId").asText()).isEqualTo("c 1");
        assertThat(event.path("queryStringParameters").path("tag").asText()).isEqualTo("a,b c");
        assertThat(event.path("cookies")).extracting(JsonNode::asText).containsExactly("session=1", "theme=dark");
        assertThat(event.path("headers").path("host").asText()).isEqualTo("127.0.0.1:" + gateway.port());
        assertThat(event.path("headers").path("user-agent").asText()).isEqualTo("Firefox");
        assertThat(event.path("isBase64Encoded").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(event.path("body").asText())).isEqualTo("answer=ja".getBytes(StandardCharsets.UTF_8));
        assertThat(event.path("requestContext").path("http").path("sourceIp").asText()).isEqualTo("127.0.0.1");
        // the function's response: multi-value headers, cookies as Set-Cookie, the base64 body decoded
        assertThat(response.headers().allValues("X-Seen")).containsExactly("a", "b");
        assertThat(response.headers().allValues("Set-Cookie")).containsExactly("seen=1; Path=/");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void publicRoutesNeedNoTokenAndOthersAValidOne() throws Exception {
        assertThat(get("/catalogue", null).statusCode()).isEqualTo(200);
        assertThat(get("/courses", null).statusCode()).isEqualTo(401);
        HttpResponse<String> refused = get("/courses", "Bearer forged");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get("/courses", VALID).statusCode()).isEqualTo(200);
    }

    @Test
    void aRouteOutsideTheTemplateOrOfAFunctionNotServedHereIsAProblem404() throws Exception {
        for (String path : List.of("/nowhere", "/templates")) {
            HttpResponse<String> response = get(path, VALID);

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("GET " + path);
        }
    }

    @Test
    void aFailingFunctionIsAProblem500() throws Exception {
        HttpResponse<String> response = get("/instructors", VALID);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(response.body()).path("detail").asText()).isEqualTo("AvailabilityFunction failed");
    }

    @Test
    void pathsWithHandlersOfTheirOwnBypassTheTemplate() throws Exception {
        HttpResponse<String> response = get("/local/hello", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hallo");
    }

    @Test
    void aResponseWithoutStatusCodeIsA200WithTheWholeResponseAsJson() {
        ApiGatewayResponse response = ApiGatewayResponse.fromJson("{\"status\":\"pong\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        assertThat(response.json().path("status").asText()).isEqualTo("pong");
    }

    /** Answers with the event it received as its base64-encoded body, a two-valued header and a cookie. */
    private static String echo(String event) {
        ObjectNode response = JSON.createObjectNode().put("statusCode", 200)
                .put("body", Base64.getEncoder().encodeToString(event.getBytes(StandardCharsets.UTF_8)))
                .put("isBase64Encoded", true);
        response.putObject("headers").put("Content-Type", "application/json");
        response.putObject("multiValueHeaders").putArray("X-Seen").add("a").add("b");
        response.putArray("cookies").add("seen=1; Path=/");
        try {
            return JSON.writeValueAsString(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.url() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
