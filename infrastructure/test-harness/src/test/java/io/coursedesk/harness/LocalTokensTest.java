package io.coursedesk.harness;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalTokensTest {

    private final LocalTokens tokens = LocalTokens.withRandomSecret();

    @Test
    void mintsAnHs256TokenWithTheCognitoClaims() throws Exception {
        String token = tokens.forSubject("user-1").email("a@example.nl").name("Anna de Vries")
                .tenantId("provider-1").role("ORGANISATION_CONTACT").organisationId("org-7").mint();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.verify(new MACVerifier(tokens.secret().getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("user-1");
        assertThat(claims.getStringClaim("email")).isEqualTo("a@example.nl");
        assertThat(claims.getStringClaim("name")).isEqualTo("Anna de Vries");
        assertThat(claims.getStringClaim("custom:tenantId")).isEqualTo("provider-1");
        assertThat(claims.getStringClaim("custom:role")).isEqualTo("ORGANISATION_CONTACT");
        assertThat(claims.getStringClaim("custom:organisationId")).isEqualTo("org-7");
        assertThat(claims.getIssuer()).isEqualTo(LocalTokens.ISSUER);
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
    }

    @Test
    void aTokenIssuedInThePastIsExpired() throws Exception {
        String token = tokens.forSubject("user-2").issuedAt(Instant.now().minus(Duration.ofHours(2))).mint();

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime()).isBefore(java.util.Date.from(Instant.now()));
    }

    @Test
    void anotherKeyDoesNotVerify() throws Exception {
        String token = LocalTokens.withRandomSecret().forSubject("user-3").mint();

        assertThat(SignedJWT.parse(token).verify(new MACVerifier(tokens.secret().getBytes(StandardCharsets.UTF_8)))).isFalse();
    }

    @Test
    void refusesASecretShorterThan256Bits() {
        assertThatThrownBy(() -> new LocalTokens("too-short")).hasMessageContaining("256 bits");
        assertThat(tokens.secret().getBytes(StandardCharsets.UTF_8).length * 8).isGreaterThanOrEqualTo(256);
    }
}
