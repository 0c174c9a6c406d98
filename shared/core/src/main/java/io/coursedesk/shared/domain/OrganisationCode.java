package io.coursedesk.shared.domain;

import java.util.regex.Pattern;

/**
 * An organisation's code (manual 004, "organisatiecode"): three upper-case letters the provider chooses, unique per
 * provider, which a candidate gives to be linked to the organisation.
 *
 * @param code null while the organisation has none
 */
public record OrganisationCode(String organisationId, String code) {
    /** Three letters A-Z, upper case. */
    public static final String PATTERN = "[A-Z]{3}";
    private static final Pattern SHAPE = Pattern.compile(PATTERN);

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
