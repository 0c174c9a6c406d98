package io.coursedesk.passes.holders;

import java.util.regex.Pattern;

/** The "Kwalificatienr." is printed in file names and is part of a key: digits only, like 99600953. */
public final class QualificationNumbers {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,20}");

    private QualificationNumbers() {
    }

    public static boolean isValid(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }
}
