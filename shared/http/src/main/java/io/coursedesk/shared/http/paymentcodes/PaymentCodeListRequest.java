package io.coursedesk.shared.http.paymentcodes;

import io.coursedesk.shared.domain.PaymentCodeState;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.http.security.AccessPolicy;
import io.coursedesk.shared.persistence.PaymentCodeFilter;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The filters of the payment-code list and of its Excel export, the same query parameters for both; a controller
 * takes them as {@code @Valid @RequestBean PaymentCodeListRequest filters}.
 */
@Introspected
public record PaymentCodeListRequest(
        @Parameter(description = "A part of the code, batch id, reference or contact person, in any case")
        @Nullable @QueryValue @Size(max = 100) String keyword,
        @Parameter(description = "Only this organisation's codes; a contact sees their own organisation's only")
        @Nullable @QueryValue @Size(max = 64) String organisationId,
        @Parameter(description = "Only codes of this profile (any case)")
        @Nullable @QueryValue @Size(max = 100) String profile,
        @Parameter(description = "Created on or after this day (yyyy-MM-dd, Amsterdam)")
        @Nullable @QueryValue @Pattern(regexp = ISO_DATE, message = DATE_MESSAGE) String createdFrom,
        @Parameter(description = "Created on or before this day (yyyy-MM-dd, Amsterdam)")
        @Nullable @QueryValue @Pattern(regexp = ISO_DATE, message = DATE_MESSAGE) String createdTo,
        @Parameter(description = "UNUSED, USED or DEACTIVATED")
        @Nullable @QueryValue @Pattern(regexp = "UNUSED|USED|DEACTIVATED", message = "must be UNUSED, USED or DEACTIVATED")
        String state) {

    static final String ISO_DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "must be a date yyyy-MM-dd";

    /**
     * The filter for this caller: a provider admin's as asked; a contact's always of their own organisation (naming
     * another is a 404, as for every organisation they may not see).
     *
     * @throws ProblemException 400 naming a date that is no calendar day, or {@code createdTo} before
     *                          {@code createdFrom}
     */
    public PaymentCodeFilter filter(Caller caller) {
        InvalidFields invalid = new InvalidFields();
        LocalDate from = invalid.date(createdFrom, "createdFrom");
        LocalDate to = invalid.date(createdTo, "createdTo");
        invalid.check(from == null || to == null || !to.isBefore(from), "createdTo", "must not be before createdFrom");
        invalid.throwIfAny();
        String organisation = blankToNull(organisationId);
        if (caller.isOrganisationContact()) {
            if (organisation == null) {
                organisation = caller.organisationId();
            }
            if (organisation == null || !AccessPolicy.canSeeOrganisation(caller, organisation)) {
                throw ProblemException.notFound("Organisation " + organisation);
            }
        }
        return new PaymentCodeFilter(organisation, blankToNull(keyword), blankToNull(profile), from, to,
                state == null || state.isBlank() ? null : PaymentCodeState.valueOf(state));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
