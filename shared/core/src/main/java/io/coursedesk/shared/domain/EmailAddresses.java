package io.coursedesk.shared.domain;

import java.util.regex.Pattern;

/**
 * The one rule for an email address anybody gives CourseDesk: one {@code @}, a dotted domain, at most 254
 * characters, and nothing that could split it or carry it into another mail header (no spaces, line breaks, commas,
 * semicolons, quotes, brackets). What the API accepts here is what the mail function can send to, so no address is
 * accepted on entry and then silently skipped at sending.
 */
public final class EmailAddresses {
    private static final String ATOM = "[^\\s@<>,;:\"()\\[\\]\\\\]+";
    private static final Pattern ADDRESS = Pattern.compile(ATOM + "@" + ATOM + "\\." + ATOM);
    private static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && ADDRESS.matcher(address).matches();
    }
}
