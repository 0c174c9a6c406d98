package io.coursedesk.enrolment;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens as Cognito signs them, checked by the function itself against the user pool's JWKS url, which it
 * fetches with the JDK's URL connection (the jar has no Micronaut HTTP client).
 */
class CognitoKeySetTest {

    private static final String JWKS_URL_PROPERTY = "micronaut.security.token.jwt.signatures.jwks.cognito.url";
    private static final String KEY_ID = "cognito-signing-key";

    private static final AtomicInteger keySetRequests = new AtomicInteger();
    private static RSAKey cognitoKey;
    private static HttpServer userPool;
    private static FunctionUnderTest function;

    @BeforeAll
    static void startUserPoolAndFunction() throws Exception {
        cognitoKey = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        byte[] keySet = new JWKSet(cognitoKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        userPool = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        userPool.createContext("/.well-known/jwks.json", exchange -> {
            keySetRequests.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keySet.length);
            exchange.getResponseBody().write(keySet);
            exchange.close();
        });
        userPool.start();
        // the function reads its configuration once, when its context starts
        System.setProperty(JWKS_URL_PROPERTY,
                "http://127.0.0.1:" + userPool.getAddress().getPort() + "/.well-known/jwks.json");
        try {
            function = FunctionTest.enrolmentFunction();
        } finally {
            System.clearProperty(JWKS_URL_PROPERTY);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (function != null) {
            function.close();
        }
        if (userPool != null) {
            userPool.stop(0);
        }
    }

    @Test
    void aTokenSignedWithAKeyOfTheUserPoolIsAccepted() throws Exception {
        ApiGatewayResponse reply = listOrganisations(signed(cognitoKey));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(keySetRequests.get()).isPositive();
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheSameKeyIdIsRefused() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(KEY_ID).generate();

        assertThat(listOrganisations(signed(impostor)).status()).isEqualTo(401);
    }

    /** Without the JWT authorizer's claims: the function has only the bearer token to go by. */
    private static ApiGatewayResponse listOrganisations(String token) {
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.get("/organisations").bearer(token)
                .routeFrom(function.aws().template()).toEvent();
        event.getRequestContext().setAuthorizer(null);
        return function.call(event);
    }

    /** An ID token as Cognito issues it for a provider's administrator. */
    private static String signed(RSAKey key) throws JOSEException, IOException {
        String subject = "admin-" + UUID.randomUUID();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).jwtID(UUID.randomUUID().toString())
                .issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_coursedesk")
                .claim("token_use", "id").claim("email", subject + "@example.nl")
                .claim("custom:tenantId", "provider-" + UUID.randomUUID()).claim("custom:role", "PROVIDER_ADMIN")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(KEY_ID).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
