package io.coursedesk.shared.email;

import io.coursedesk.shared.domain.EmailAddresses;

import java.util.Objects;

/**
 * A mailbox: an address with an optional display name. The address follows {@link EmailAddresses}, strict enough
 * that it can go into a header as it is (no spaces, line breaks, commas or angle brackets).
 */
public record EmailAddress(String address, String displayName) {
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
        return EmailAddresses.isValid(address);
    }
}
