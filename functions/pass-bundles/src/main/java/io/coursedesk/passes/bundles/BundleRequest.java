package io.coursedesk.passes.bundles;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /pass-bundles}: the passes of 1 to 250 holders of the contact's organisation ({@code holderIds}, a
 * holder named twice counts once), all their qualifications or only the main one ({@code scope}), optionally only
 * those expiring on one of {@code expiryDates}, with the contact's own {@code reference} printed on each pass.
 */
@Introspected
public record BundleRequest(
        @NotNull @Size(min = 1, max = MAX_HOLDERS, message = "must name 1 to " + MAX_HOLDERS + " holders")
        List<@NotBlank String> holderIds,
        @NotNull BundleScope scope,
        @Nullable @Size(max = MAX_EXPIRY_DATES) List<@NotNull LocalDate> expiryDates,
        @Nullable @Size(max = MAX_REFERENCE_LENGTH) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text")
        String reference) {
    public static final int MAX_HOLDERS = 250;
    public static final int MAX_EXPIRY_DATES = 50;
    public static final int MAX_REFERENCE_LENGTH = 100;
}
