package io.coursedesk.shared.domain;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for an email address anybody gives CourseDesk, and the form in which mail is sent to it. What the API
 * accepts here is what the mail function can deliver, so no address is accepted on entry and then skipped or mangled
 * at sending.
 * <p>
 * SES does not speak SMTPUTF8: the part before the {@code @} must be ASCII, while a domain in any script is delivered
 * in its Punycode form. So {@code jan@bücher.nl} is accepted and sent to {@code jan@xn--bcher-kva.nl}, and
 * {@code jül@example.nl} is refused on entry. Nothing may split the address or carry it into another mail header
 * (no spaces, line breaks, commas, semicolons, quotes, brackets), and the form sent stays within 254 characters.
 */
public final class EmailAddresses {
    public static final String RULE = "must be one email address: ASCII letters, digits or .!#$%&'*+/=?^_`{|}~- "
            + "before the @ and a dotted domain after it (the domain may use any script)";
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]++";
    private static final Pattern LOCAL_PART = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*+");
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern ASCII_DOMAIN = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]");
    private static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && toAscii(address) != null;
    }

    /**
     * The address as SES takes it: the domain in Punycode and lower case, the local part as given.
     *
     * @throws IllegalArgumentException when the address breaks the rule
     */
    public static String forSending(String address) {
        String ascii = address == null ? null : toAscii(address);
        if (ascii == null) {
            throw new IllegalArgumentException("not an email address: " + address);
        }
        return ascii;
    }

    private static String toAscii(String address) {
        if (address.length() > MAX_LENGTH) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_LENGTH || at != address.indexOf('@') || !LOCAL_PART.matcher(address.substring(0, at)).matches()) {
            return null;
        }
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1), 0).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return null;
        }
        String ascii = address.substring(0, at) + "@" + domain;
        return ASCII_DOMAIN.matcher(domain).matches() && ascii.length() <= MAX_LENGTH ? ascii : null;
    }
}
