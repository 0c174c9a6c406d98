package io.coursedesk.shared.signing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs and checks tokens {@code base64url(payload).base64url(HMAC-SHA256)} with one secret (a function's
 * configured secret, see {@link io.coursedesk.shared.aws.ConfiguredSecrets}). Each purpose (list cursors, pass
 * codes) signs with its own key derived from the secret, so a token made for one purpose is never accepted for
 * another.
 */
public class SigningKey {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    public SigningKey(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        if (this.secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("the signing key must be at least " + MIN_SECRET_BYTES + " bytes");
        }
    }

    public String sign(String purpose, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(purposeKey(purpose), bytes));
    }

    /**
     * The payload of a token signed for this purpose, or empty when it is malformed or its signature is wrong.
     * Only the exact text {@link #sign} wrote is accepted: base64 leaves spare bits in a last character, and a
     * token differing there decodes to the same bytes but is still not the token that was given out.
     */
    public Optional<String> verify(String purpose, String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            boolean genuine = MessageDigest.isEqual(mac(purposeKey(purpose), payload), signature)
                    && token.equals(ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature));
            return genuine ? Optional.of(new String(payload, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The bare HMAC-SHA256 of the bytes for this purpose, for tokens with their own layout. */
    public byte[] signature(String purpose, byte[] payload) {
        return mac(purposeKey(purpose), payload);
    }

    private byte[] purposeKey(String purpose) {
        return mac(secret, purpose.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
