package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.PaymentCode;
import io.coursedesk.shared.domain.PaymentCodeState;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a payment-code list (and its export) is narrowed to; every criterion is optional.
 *
 * @param organisationId the organisation whose codes are listed (a contact's own, always)
 * @param keyword        a part of the code, batch, reference or contact, in any case
 * @param profile        the profile, in any case
 * @param createdFrom    the first day of creation (Amsterdam), included
 * @param createdTo      the last day of creation (Amsterdam), included
 */
public record PaymentCodeFilter(String organisationId, String keyword, String profile, LocalDate createdFrom,
                                LocalDate createdTo, PaymentCodeState state) {

    /** The criteria the read cannot put into its key condition (organisation and days are). */
    public boolean matches(PaymentCode code) {
        return (state == null || state == code.state())
                && (profile == null || profile.equalsIgnoreCase(code.profile()))
                && (keyword == null || Stream.of(code.code(), code.batchId(), code.reference(), code.contact())
                    .anyMatch(text -> text != null && lower(text).contains(lower(keyword.strip()))));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
