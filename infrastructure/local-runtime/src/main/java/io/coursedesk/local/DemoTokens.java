package io.coursedesk.local;

import io.coursedesk.harness.LocalTokens;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** Tokens for demo users, with the claims a Cognito ID token of that user would carry. */
final class DemoTokens {

    private final LocalTokens tokens;

    DemoTokens(LocalTokens tokens) {
        this.tokens = tokens;
    }

    String mint(DemoUser user) {
        LocalTokens.Builder token = tokens.forSubject(subject(user)).email(user.email()).name(user.name())
                .tenantId(user.tenantId()).role(user.role());
        if (user.organisationId() != null) {
            token.organisationId(user.organisationId());
        }
        if (user.studentId() != null) {
            token.studentId(user.studentId());
        }
        return token.mint();
    }

    /** Stable across runs, shaped like Cognito's {@code sub}. */
    private static String subject(DemoUser user) {
        return UUID.nameUUIDFromBytes(user.email().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
