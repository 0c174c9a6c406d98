package io.coursedesk.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.coursedesk.harness.cognito.CognitoEmulator;

import java.net.MalformedURLException;
import java.text.ParseException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The local stand-in for the HTTP API's JWT authorizer ({@code CognitoAuthorizer} in template.yaml), with its rules:
 * routes that do not opt out need a bearer token that is an ID token of the user pool, RS256-signed with a key of
 * the pool's JWKS, issued by the pool ({@code iss}) for its app client ({@code aud}), {@code token_use} {@code id},
 * and not expired. The gateway passes its claims on to the function as API Gateway does; the function still
 * validates the token itself, as in AWS.
 */
final class LocalJwtAuthorizer implements Predicate<String> {

    private static final String BEARER = "Bearer ";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    LocalJwtAuthorizer(String issuer, String audience, JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").build(), Set.of("sub", "exp")));
    }

    /** The authorizer of the emulator's user pool and app client, with the keys of its JWKS. */
    static LocalJwtAuthorizer of(CognitoEmulator cognito) {
        try {
            return new LocalJwtAuthorizer(cognito.issuer(), cognito.clientId(),
                    JWKSourceBuilder.create(cognito.jwksUri().toURL()).retrying(true).build());
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the user pool's JWKS url is no URL: " + cognito.jwksUri(), e);
        }
    }

    /** Whether the {@code Authorization} header holds a valid, unexpired ID token of the user pool. */
    @Override
    public boolean test(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        try {
            processor.process(authorizationHeader.substring(BEARER.length()).trim(), null);
            return true;
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return false;
        }
    }
}
