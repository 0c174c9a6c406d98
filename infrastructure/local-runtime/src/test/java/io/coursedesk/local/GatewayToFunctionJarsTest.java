package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.HttpApiGateway;
import io.coursedesk.harness.LocalTokens;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's HTTP API gateway with the local authorizer in front of a real function jar (the empty bench function). */
class GatewayToFunctionJarsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalTokens TOKENS = LocalTokens.withRandomSecret();

    @TempDir
    static Path templateDir;

    private static LocalFunctions functions;
    private static HttpApiGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of("../../bench/empty-function/target/empty-function-lambda.jar").toAbsolutePath().normalize();
        Path template = templateDir.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  PingFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: %s
                      Handler: io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction
                      Timeout: 10
                      Events:
                        Ping:
                          Type: HttpApi
                          Properties: {Method: GET, Path: /ping, Auth: {Authorizer: NONE}}
                        Private:
                          Type: HttpApi
                          Properties: {Method: GET, Path: '/private/{name}'}
                """.formatted(jar));
        SamTemplate samTemplate = SamTemplate.load(template);
        functions = new LocalFunctions(samTemplate);
        gateway = HttpApiGateway.start(samTemplate, 0, new LocalJwtAuthorizer(TOKENS.secret().getBytes(StandardCharsets.UTF_8)))
                .function("PingFunction", functions.get("PingFunction")::invoke);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        functions.close();
    }

    @Test
    void aPublicRouteReachesTheFunctionWithoutToken() throws Exception {
        HttpResponse<String> response = get("/ping", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("pong");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
    }

    @Test
    void aRouteMissingFromTheTemplateIsAProblem404() throws Exception {
        HttpResponse<String> response = get("/nowhere", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).contains("GET /nowhere");
    }

    @Test
    void aProtectedRouteNeedsAValidToken() throws Exception {
        assertThat(get("/private/x", null).statusCode()).isEqualTo(401);
        assertThat(get("/private/x", LocalTokens.withRandomSecret().forSubject("s").mint()).statusCode()).isEqualTo(401);
        String expired = TOKENS.forSubject("s").issuedAt(Instant.now().minus(Duration.ofHours(2))).mint();
        assertThat(get("/private/x", expired).statusCode()).isEqualTo(401);
    }

    @Test
    void aValidTokenPassesTheAuthorizerToTheFunction() throws Exception {
        HttpResponse<String> response = get("/private/x", TOKENS.forSubject("s").mint());

        // the empty function has no such controller: its own 404, not the gateway's problem
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).isNotEqualTo(Optional.of("application/problem+json"));
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        URI uri = URI.create(gateway.url() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
