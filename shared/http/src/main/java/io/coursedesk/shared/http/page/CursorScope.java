package io.coursedesk.shared.http.page;

import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Introspected;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a cursor is bound to: the tenant and the person it was given to, the list, and its filters (hashed). A
 * cursor is accepted only in the same scope, so it cannot be replayed by another caller, on another list or with
 * other filters.
 *
 * @param subject the token subject; for a public list, {@link #PUBLIC}
 */
@Introspected
public record CursorScope(String tenantId, String subject, String list, String filters) {
    static final String PUBLIC = "public";
    private static final String ANY_TENANT = "*";

    /** A list of the caller's tenant, for this caller. */
    public static CursorScope of(Caller caller, String list, Object... filters) {
        return new CursorScope(caller.tenantId(), caller.userId(), list, hash(filters));
    }

    /** A public list, of one provider or (null) every provider. */
    public static CursorScope ofPublic(String tenantId, String list, Object... filters) {
        return new CursorScope(tenantId == null ? ANY_TENANT : tenantId, PUBLIC, list, hash(filters));
    }

    private static String hash(Object... filters) {
        String text = Arrays.stream(filters).map(f -> Objects.toString(f, "\u0000")).collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
