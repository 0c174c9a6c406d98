package io.coursedesk.passes.verification;

import io.coursedesk.shared.signing.SigningKey;
import io.coursedesk.shared.domain.Ids;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The codes in the passes' QR codes: {@code base64url(payload || HMAC-SHA256(payload)[0..16))}, the payload
 * naming tenant, holder and qualification, signed with the function's {@link SigningKey} for this purpose only. Nothing in a code is believed before its signature is checked, so a
 * code can be neither guessed nor pointed at another pass; a code that decodes to the right bytes but is not
 * written exactly as this class writes it (base64's spare bits) is refused too, so every changed character fails.
 * Ids that are UUIDs are packed into 16 bytes, which keeps the URL short and the QR code coarse enough to scan
 * from paper. A signature of 128 bits leaves a forger one chance in 2^128 per try.
 */
@Singleton
public class PassVerificationCodes {
    private static final String PURPOSE = "pass-verification";
    private static final byte VERSION = 1;
    private static final byte UUID_ID = 0;
    private static final byte TEXT_ID = 1;
    private static final int SIGNATURE_BYTES = 16;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKey key;
    private final String verifyUrlPrefix;

    public PassVerificationCodes(SigningKey key, @Value("${coursedesk.public-base-url}") String publicBaseUrl) {
        this.key = key;
        this.verifyUrlPrefix = publicBaseUrl.replaceAll("/+$", "") + "/verify/";
    }

    public String code(PassIdentity pass) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write(VERSION);
        writeId(payload, pass.tenantId());
        writeId(payload, pass.holderId());
        writeId(payload, pass.qualificationId());
        byte[] signed = Arrays.copyOf(payload.toByteArray(), payload.size() + SIGNATURE_BYTES);
        System.arraycopy(signature(payload.toByteArray()), 0, signed, payload.size(), SIGNATURE_BYTES);
        return ENCODER.encodeToString(signed);
    }

    /** The public page the pass's QR code opens. */
    public String verificationUrl(PassIdentity pass) {
        return verifyUrlPrefix + code(pass);
    }

    /** The pass the code stands for, or empty when it is malformed, altered or signed with another key. */
    public Optional<PassIdentity> verify(String code) {
        byte[] signed;
        try {
            signed = DECODER.decode(code);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (signed.length <= SIGNATURE_BYTES + 1 || !ENCODER.encodeToString(signed).equals(code)) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(signed, signed.length - SIGNATURE_BYTES);
        byte[] signature = Arrays.copyOfRange(signed, payload.length, signed.length);
        if (!MessageDigest.isEqual(signature(payload), signature)) {
            return Optional.empty();
        }
        return parse(ByteBuffer.wrap(payload));
    }

    private static void writeId(ByteArrayOutputStream out, String id) {
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("not an id: " + id);
        }
        if (UUID_TEXT.matcher(id).matches()) {
            UUID uuid = UUID.fromString(id);
            out.write(UUID_ID);
            out.writeBytes(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array());
        } else {
            byte[] text = id.getBytes(StandardCharsets.US_ASCII);
            out.write(TEXT_ID);
            out.write(text.length);
            out.writeBytes(text);
        }
    }

    private static Optional<PassIdentity> parse(ByteBuffer payload) {
        if (payload.get() != VERSION) {
            return Optional.empty();
        }
        try {
            PassIdentity pass = new PassIdentity(readId(payload), readId(payload), readId(payload));
            return payload.hasRemaining() ? Optional.empty() : Optional.of(pass);
        } catch (RuntimeException malformed) {
            // signed by us yet unreadable: only possible if the format changed under a live key
            return Optional.empty();
        }
    }

    private static String readId(ByteBuffer payload) {
        byte kind = payload.get();
        if (kind == UUID_ID) {
            return new UUID(payload.getLong(), payload.getLong()).toString();
        }
        if (kind != TEXT_ID) {
            throw new IllegalArgumentException("unknown id kind " + kind);
        }
        byte[] text = new byte[payload.get()];
        payload.get(text);
        return new String(text, StandardCharsets.US_ASCII);
    }

    private byte[] signature(byte[] payload) {
        return Arrays.copyOf(key.signature(PURPOSE, payload), SIGNATURE_BYTES);
    }
}
