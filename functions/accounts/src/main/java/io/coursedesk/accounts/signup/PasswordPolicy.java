package io.coursedesk.accounts.signup;

import java.util.ArrayList;
import java.util.List;

/**
 * The user pool's password policy ({@code UserPool.Policies.PasswordPolicy} in template.yaml; a test holds the two
 * equal), checked by CourseDesk itself at sign-up: AWS enforces it as well, cognito-local does not, and no trigger
 * sees the password. Letters and digits are Cognito's (basic Latin), and so are the symbols.
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
                             boolean requireNumbers, boolean requireSymbols) {

    /** The pool's policy. */
    public static final PasswordPolicy POOL = new PasswordPolicy(8, true, true, true, true);
    /** Cognito's longest password. */
    public static final int MAXIMUM_LENGTH = 256;
    /** The characters Cognito counts as symbols (a space too, but never first or last). */
    static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    /** What the password lacks to meet the policy, one phrase each; empty when it meets it. */
    public List<String> missing(String password) {
        List<String> missing = new ArrayList<>();
        if (password.length() < minimumLength) {
            missing.add("at least " + minimumLength + " characters");
        }
        if (requireUppercase && password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            missing.add("an uppercase letter");
        }
        if (requireLowercase && password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            missing.add("a lowercase letter");
        }
        if (requireNumbers && password.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            missing.add("a digit");
        }
        if (requireSymbols && password.strip().chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            missing.add("a symbol such as ! ? - _ or #");
        }
        if (!password.isEmpty() && (password.startsWith(" ") || password.endsWith(" "))) {
            missing.add("no space at its start or end");
        }
        return missing;
    }
}
