package io.coursedesk.harness;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Tokens for local runs and tests, carrying the same claims as a Cognito ID token and signed with a local
 * HMAC key (HS256) that micronaut-security-jwt checks through
 * {@code micronaut.security.token.jwt.signatures.secret.local.secret}.
 */
public final class LocalTokens {

    public static final String SECRET_PROPERTY = "micronaut.security.token.jwt.signatures.secret.local.secret";
    public static final String ALGORITHM_PROPERTY = "micronaut.security.token.jwt.signatures.secret.local.jws-algorithm";
    public static final String ALGORITHM = "HS256";
    public static final String ISSUER = "https://coursedesk.local";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final String secret;
    private final MACSigner signer;

    /** @param secret at least 32 characters: HS256 needs a key of 256 bits or more */
    public LocalTokens(String secret) {
        this.secret = Objects.requireNonNull(secret);
        try {
            this.signer = new MACSigner(secret.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the local token secret must be at least 256 bits (32 bytes)", e);
        }
    }

    /** A fresh random key (256 random bits, hex-encoded): tokens of an earlier run stop working. */
    public static LocalTokens withRandomSecret() {
        return new LocalTokens(randomSecret());
    }

    /** 256 random bits, hex-encoded: a signing key for one JVM. */
    public static String randomSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    /** The key as Micronaut reads it (the string's UTF-8 bytes, not base64). */
    public String secret() {
        return secret;
    }

    /** Starts a token for the user with this subject. */
    public Builder forSubject(String subject) {
        return new Builder(subject);
    }

    /** Signs exactly these claims, for tokens no builder should make (expired, foreign issuer, ...). */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a local token", e);
        }
        return jwt.serialize();
    }

    /** Claims of a caller, named as Cognito names them. */
    public final class Builder {

        private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        private Instant issuedAt = Instant.now();
        private Duration lifetime = DEFAULT_LIFETIME;

        private Builder(String subject) {
            claims.subject(subject).issuer(ISSUER).jwtID(UUID.randomUUID().toString())
                    .claim("token_use", "id");
        }

        public Builder email(String email) {
            return claim("email", email);
        }

        public Builder name(String name) {
            return claim("name", name);
        }

        public Builder tenantId(String tenantId) {
            return claim("custom:tenantId", tenantId);
        }

        /** {@code PROVIDER_ADMIN}, {@code ORGANISATION_CONTACT} or {@code STUDENT}. */
        public Builder role(String role) {
            return claim("custom:role", role);
        }

        public Builder organisationId(String organisationId) {
            return claim("custom:organisationId", organisationId);
        }

        public Builder studentId(String studentId) {
            return claim("custom:studentId", studentId);
        }

        public Builder issuer(String issuer) {
            claims.issuer(issuer);
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        public Builder claims(Map<String, ?> values) {
            values.forEach(claims::claim);
            return this;
        }

        /** When the token was issued; with a lifetime this sets {@code exp} (a past instant makes an expired token). */
        public Builder issuedAt(Instant instant) {
            this.issuedAt = instant;
            return this;
        }

        public Builder lifetime(Duration duration) {
            this.lifetime = duration;
            return this;
        }

        public String mint() {
            claims.issueTime(Date.from(issuedAt)).expirationTime(Date.from(issuedAt.plus(lifetime)));
            return sign(claims.build());
        }
    }
}
