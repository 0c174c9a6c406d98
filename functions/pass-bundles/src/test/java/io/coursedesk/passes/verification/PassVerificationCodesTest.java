package io.coursedesk.passes.verification;

import io.coursedesk.shared.signing.SigningKey;
import io.coursedesk.harness.LocalTokens;
import io.coursedesk.shared.domain.Ids;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PassVerificationCodesTest {
    private final SigningKey key = new SigningKey(LocalTokens.randomSecret());
    private final PassVerificationCodes codes = new PassVerificationCodes(key, "https://app.coursedesk.nl/");
    private final PassIdentity pass = new PassIdentity("hoogland", Ids.newId(), Ids.newId());

    @Test
    void aCodeNamesItsPassAndFitsAShortUrl() {
        String url = codes.verificationUrl(pass);

        assertThat(url).startsWith("https://app.coursedesk.nl/verify/").hasSizeLessThan(120);
        assertThat(codes.verify(url.substring(url.lastIndexOf('/') + 1))).contains(pass);
        assertThat(url.substring(url.lastIndexOf('/') + 1)).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void everyChangedCharacterIsRefused() {
        String code = codes.code(pass);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < code.length(); i++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement != code.charAt(i)) {
                    String altered = code.substring(0, i) + replacement + code.substring(i + 1);
                    assertThat(codes.verify(altered)).as(altered).isEmpty();
                }
            }
        }
    }

    @Test
    void aCodeCutShortOrLengthenedOrNotBase64IsRefused() {
        String code = codes.code(pass);

        assertThat(codes.verify(code.substring(0, code.length() - 1))).isEmpty();
        assertThat(codes.verify(code + "A")).isEmpty();
        assertThat(codes.verify(code + "=")).isEmpty();
        assertThat(codes.verify("not base64!")).isEmpty();
        assertThat(codes.verify("")).isEmpty();
    }

    @Test
    void aCodeSignedWithAnotherKeyOrForAnotherPurposeIsRefused() {
        PassVerificationCodes otherKey = new PassVerificationCodes(new SigningKey(LocalTokens.randomSecret()), "x");
        byte[] signed = Base64.getUrlDecoder().decode(codes.code(pass));
        byte[] payload = Arrays.copyOf(signed, signed.length - 16);
        byte[] cursorSignature = Arrays.copyOf(key.signature("holder-list-cursor", payload), 16);
        byte[] signedForCursors = Arrays.copyOf(payload, signed.length);
        System.arraycopy(cursorSignature, 0, signedForCursors, payload.length, 16);

        assertThat(codes.verify(otherKey.code(pass))).isEmpty();
        // the same key's signature of the same bytes for list cursors is not one for passes
        assertThat(codes.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(signedForCursors))).isEmpty();
    }

    @Test
    void idsThatAreNotUuidsRoundTripToo() {
        PassIdentity textIds = new PassIdentity("t-demo_1", "holder-7", "q1");

        assertThat(codes.verify(codes.code(textIds))).contains(textIds);
    }
}
