package io.coursedesk.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.Date;
import java.util.function.Predicate;

/**
 * The local stand-in for the HTTP API's JWT authorizer: routes that do not opt out need a bearer token, which
 * must verify against the local signing key and not be expired. The gateway passes its claims on to the function
 * as API Gateway does; the function still validates the token itself, as in AWS.
 */
final class LocalJwtAuthorizer implements Predicate<String> {

    private static final String BEARER = "Bearer ";

    private final MACVerifier verifier;

    LocalJwtAuthorizer(byte[] secret) {
        try {
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the local JWT secret must be at least 256 bits", e);
        }
    }

    /** Whether the {@code Authorization} header holds a valid, unexpired token signed with the local key. */
    @Override
    public boolean test(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        try {
            SignedJWT token = SignedJWT.parse(authorizationHeader.substring(BEARER.length()).trim());
            if (!token.verify(verifier)) {
                return false;
            }
            JWTClaimsSet claims = token.getJWTClaimsSet();
            return claims.getExpirationTime() == null || !claims.getExpirationTime().before(new Date());
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }
}
