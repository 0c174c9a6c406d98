package io.coursedesk.shared.email;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mailbox: an address with an optional display name. The address is checked strictly enough that it can
 * go into a header as it is (no spaces, line breaks, commas or angle brackets).
 */
public record EmailAddress(String address, String displayName) {
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;:\"()\\[\\]\\\\]+@[^\\s@<>,;:\"()\\[\\]\\\\]+\\.[^\\s@<>,;:\"()\\[\\]\\\\]+");

    public EmailAddress {
        Objects.requireNonNull(address, "address");
        if (!isValid(address)) {
            throw new IllegalArgumentException("not an email address: " + address);
        }
    }

    public static EmailAddress of(String address) {
        return new EmailAddress(address, null);
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
