package io.coursedesk.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The local stand-in for the HTTP API's JWT authorizer: routes that do not opt out need a bearer token, which
 * must verify against the local signing key and not be expired. Its claims reach the function the way API
 * Gateway passes them (every value a string); the function still validates the token itself, as in AWS.
 */
final class LocalJwtAuthorizer {

    private static final String BEARER = "Bearer ";

    private final MACVerifier verifier;

    LocalJwtAuthorizer(byte[] secret) {
        try {
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the local JWT secret must be at least 256 bits", e);
        }
    }

    /** The verified token's claims, or empty when the header holds no valid, unexpired token. */
    Optional<Map<String, String>> authorize(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        try {
            SignedJWT token = SignedJWT.parse(authorizationHeader.substring(BEARER.length()).trim());
            if (!token.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = token.getJWTClaimsSet();
            if (claims.getExpirationTime() != null && claims.getExpirationTime().before(new Date())) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            claims.getClaims().forEach((name, value) -> values.put(name, asGatewayString(value)));
            return Optional.of(values);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** API Gateway hands claims over as strings: dates as epoch seconds, lists as {@code [a b]}. */
    private static String asGatewayString(Object value) {
        if (value instanceof Date date) {
            return Long.toString(date.getTime() / 1000);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"));
        }
        return String.valueOf(value);
    }
}
