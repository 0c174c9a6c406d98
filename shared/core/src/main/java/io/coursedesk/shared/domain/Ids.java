package io.coursedesk.shared.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids of everything this suite creates: random UUIDs. A path segment that is not one can name nothing. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether the text can be an id at all (and so is safe as a key part); unknown ids are still possible. */
    public static boolean isValid(String text) {
        return text != null && ID.matcher(text).matches();
    }
}
