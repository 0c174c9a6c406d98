package io.coursedesk.enrolment.people;

import java.util.regex.Pattern;

/** A plausible email address: one @, something before it, a dotted domain after it, no spaces. */
final class EmailAddresses {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    static boolean isValid(String text) {
        return text != null && text.length() <= 254 && ADDRESS.matcher(text).matches();
    }
}
