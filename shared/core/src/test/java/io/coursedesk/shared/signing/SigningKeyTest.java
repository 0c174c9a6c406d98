package io.coursedesk.shared.signing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTest {
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private final SigningKey key = new SigningKey("a-test-secret-of-at-least-thirty-two-bytes");

    @Test
    void aTokenVerifiesForItsPurposeOnly() {
        String token = key.sign("list-cursor", "{\"after\":1}");

        assertThat(key.verify("list-cursor", token)).contains("{\"after\":1}");
        assertThat(key.verify("pass-code", token)).isEmpty();
        assertThat(new SigningKey("another-secret-of-at-least-thirty-two-bytes").verify("list-cursor", token)).isEmpty();
    }

    @Test
    void everyOtherLastCharacterIsRefusedEvenWhereItDecodesToTheSameSignature() {
        // a 32-byte signature is 43 characters whose last carries two spare bits: 'A'..'D' decode alike
        String token = key.sign("list-cursor", "payload");
        String body = token.substring(0, token.length() - 1);
        List<String> accepted = new ArrayList<>();
        for (char last : BASE64URL.toCharArray()) {
            if (key.verify("list-cursor", body + last).isPresent()) {
                accepted.add(body + last);
            }
        }
        assertThat(accepted).containsExactly(token);
    }

    @Test
    void aPayloadWithSpareBitsSetIsRefused() {
        String token = key.sign("list-cursor", "ab");  // two bytes: three characters, the last with two spare bits
        int dot = token.indexOf('.');
        char last = token.charAt(dot - 1);
        char sameBytes = BASE64URL.charAt(BASE64URL.indexOf(last) | 1);
        assertThat(sameBytes).isNotEqualTo(last);

        assertThat(key.verify("list-cursor", token.substring(0, dot - 1) + sameBytes + token.substring(dot))).isEmpty();
    }

    @Test
    void malformedTokensAreRefused() {
        for (String token : List.of("", ".", "abc", "a.b.c", ".abc", "ab!.cd", "YWI.!!")) {
            assertThat(key.verify("list-cursor", token)).as(token).isEmpty();
        }
        assertThat(key.verify("list-cursor", null)).isEmpty();
    }
}
