package io.coursedesk.passes.bundles;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One contact's request for the passes of some holders, and what became of it. The ZIP and this record both go
 * {@link #RETENTION} after the request ({@code expiresAt}: the bucket's lifecycle rule and the table's TTL).
 *
 * @param requestedBy      the contact's user id; only they see the bundle
 * @param reason           why it failed, for the person (when {@code FAILED})
 * @param holderIds        the holders asked for, each once, in the order asked
 * @param expiryDates      only qualifications expiring on one of these dates; empty: all
 * @param passCount        the passes in the ZIP (once {@code READY})
 * @param missingHolderIds holders asked for who were gone (removed, or left the organisation) when it was made
 */
public record PassBundle(String tenantId, String bundleId, String organisationId, String requestedBy,
                         BundleStatus status, String reason, List<String> holderIds, BundleScope scope,
                         List<LocalDate> expiryDates, String reference, Integer passCount,
                         List<String> missingHolderIds, Instant createdAt, Instant expiresAt) {
    public static final Duration RETENTION = Duration.ofDays(7);

    public static PassBundle requested(String tenantId, String bundleId, String organisationId, String requestedBy,
                                       List<String> holderIds, BundleScope scope, List<LocalDate> expiryDates,
                                       String reference, Instant createdAt) {
        Instant created = createdAt.truncatedTo(ChronoUnit.MILLIS);
        return new PassBundle(tenantId, bundleId, organisationId, requestedBy, BundleStatus.PENDING, null, holderIds,
                scope, expiryDates, reference, null, List.of(), created, created.plus(RETENTION));
    }

    public int holderCount() {
        return holderIds.size();
    }

    /** Where the ZIP is in the bucket; under {@code bundles/}, which the lifecycle rule empties after 7 days. */
    public String objectKey() {
        return "bundles/" + tenantId + "/" + bundleId + ".zip";
    }

    /** TTL deletes up to days late: an expired item is gone for every reader. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
