package io.coursedesk.passes.holders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.passes.signing.SigningKey;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Introspected;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The holder list's cursors: the position of the last row shown, signed and bound to the caller and to the
 * filters and order it was made for, so nobody can reuse or forge another person's cursor, nor page one list
 * with a cursor of another.
 */
@Singleton
class HolderCursors {
    private static final String PURPOSE = "qualification-holders-cursor";

    private final SigningKey key;
    private final ObjectMapper json;

    HolderCursors(SigningKey key, ObjectMapper json) {
        this.key = key;
        this.json = json;
    }

    String encode(Caller caller, HolderFilter filter, HolderSort sort, HolderSort.Position after) {
        try {
            return key.sign(PURPOSE, json.writeValueAsString(new Payload(caller.tenantId(), caller.userId(),
                    listHash(filter, sort), after.key(), after.holderId())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cursor", e);
        }
    }

    /** The position the cursor continues after; empty when it is not one this caller got for this list. */
    Optional<HolderSort.Position> decode(Caller caller, HolderFilter filter, HolderSort sort, String cursor) {
        return key.verify(PURPOSE, cursor).flatMap(this::read)
                .filter(p -> Objects.equals(p.tenantId(), caller.tenantId())
                        && Objects.equals(p.userId(), caller.userId())
                        && Objects.equals(p.list(), listHash(filter, sort))
                        && p.holderId() != null)
                .map(p -> new HolderSort.Position(p.key(), p.holderId()));
    }

    private Optional<Payload> read(String payload) {
        try {
            return Optional.of(json.readValue(payload, Payload.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static String listHash(HolderFilter filter, HolderSort sort) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((filter + "\n" + sort).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Introspected
    record Payload(String tenantId, String userId, String list, String key, String holderId) {
    }
}
