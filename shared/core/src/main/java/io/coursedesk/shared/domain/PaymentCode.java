package io.coursedesk.shared.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A prepaid code ("betaalcode", manual 004) an organisation hands out: a student enrols with it and the
 * organisation is the payer. Codes are made in batches by the provider admin and are unique per provider.
 *
 * @param code           four groups of four characters, {@code EXZA-8F5E-XG5W-U22J}
 * @param profile        what the code is for, as the provider names it (the manual's "Profiel")
 * @param organisationId the organisation that paid for the code
 * @param contact        the organisation's contact person the batch was made for (free text)
 * @param reference      the provider's reference of the batch, if any
 * @param usage          who used the code for which enrolment and when; null unless {@code USED}
 * @param deactivatedAt  when the provider switched it off; null unless {@code DEACTIVATED}
 */
public record PaymentCode(String code, String tenantId, String batchId, String profile, String organisationId,
                          String contact, String reference, Instant createdAt, PaymentCodeState state,
                          Usage usage, Instant deactivatedAt) {
    /** The characters of a code: digits and capitals without those easily misread (0/O, 1/I/L). */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int GROUPS = 4;
    public static final int GROUP_LENGTH = 4;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{4}(-[" + ALPHABET + "]{4}){3}");

    /** The code as stored, from what someone typed (any case, spaces around); empty when it cannot be a code. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /**
     * @param studentName the student's name when they used the code, as the list shows it
     */
    public record Usage(String studentId, String studentName, String courseId, String enrolmentId, Instant usedAt) {
    }
}
