package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's HTTP API gateway with the local authorizer in front of a real function jar (the empty bench function). */
class GatewayToFunctionJarsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ISSUER = "http://127.0.0.1:9229/local_pool";
    private static final String CLIENT_ID = "web-client";
    private static RSAKey userPoolKey;

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
        userPoolKey = new RSAKeyGenerator(2048).keyID("CognitoLocal").generate();
        gateway = HttpApiGateway.start(samTemplate, 0, new LocalJwtAuthorizer(ISSUER, CLIENT_ID,
                        new ImmutableJWKSet<>(new JWKSet(userPoolKey.toPublicJWK()))))
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
        // an HMAC token as function tests mint them is no ID token of the pool
        assertThat(get("/private/x", LocalTokens.withRandomSecret().forSubject("s").mint()).statusCode()).isEqualTo(401);
        Instant now = Instant.now();
        assertThat(get("/private/x", idToken(new RSAKeyGenerator(2048).keyID("CognitoLocal").generate(),
                claims(now).build())).statusCode()).as("another key under the pool's key id").isEqualTo(401);
        assertThat(get("/private/x", idToken(userPoolKey, claims(now.minus(Duration.ofHours(2))).build()))
                .statusCode()).as("expired").isEqualTo(401);
        assertThat(get("/private/x", idToken(userPoolKey, claims(now).audience("another-client").build()))
                .statusCode()).as("for another client").isEqualTo(401);
        assertThat(get("/private/x", idToken(userPoolKey, claims(now).issuer("http://127.0.0.1:9229/other").build()))
                .statusCode()).as("of another pool").isEqualTo(401);
        assertThat(get("/private/x", idToken(userPoolKey, claims(now).claim("token_use", "access").build()))
                .statusCode()).as("an access token").isEqualTo(401);
    }

    @Test
    void aValidTokenPassesTheAuthorizerToTheFunction() throws Exception {
        HttpResponse<String> response = get("/private/x", idToken(userPoolKey, claims(Instant.now()).build()));

        // the empty function has no such controller: its own 404, not the gateway's problem
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).isNotEqualTo(Optional.of("application/problem+json"));
    }

    /** The claims of an ID token of the pool for its client, issued at {@code issuedAt} for an hour. */
    private static JWTClaimsSet.Builder claims(Instant issuedAt) {
        return new JWTClaimsSet.Builder().subject(UUID.randomUUID().toString()).issuer(ISSUER).audience(CLIENT_ID)
                .claim("token_use", "id").issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofHours(1))));
    }

    private static String idToken(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        token.sign(new RSASSASigner(key));
        return token.serialize();
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
