package io.coursedesk.passes.api;

import io.coursedesk.passes.bundles.BundleScope;
import io.coursedesk.passes.bundles.BundleStatus;
import io.coursedesk.passes.bundles.PassBundle;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A bundle as its contact sees it.
 *
 * @param reason      why it failed, in Dutch (only when {@code FAILED})
 * @param passCount   the passes in the ZIP; null until {@code READY}
 * @param downloadUrl only when {@code READY}: valid for minutes from this answer, never past {@code expiresAt}
 */
public record PassBundleView(String bundleId, BundleStatus status, String reason, BundleScope scope,
                             List<LocalDate> expiryDates, String reference, int holderCount, Integer passCount,
                             List<String> missingHolderIds, Instant createdAt, Instant expiresAt, URI downloadUrl) {

    static PassBundleView of(PassBundle bundle, URI downloadUrl) {
        return new PassBundleView(bundle.bundleId(), bundle.status(),
                bundle.status() == BundleStatus.FAILED ? bundle.reason() : null, bundle.scope(), bundle.expiryDates(),
                bundle.reference(), bundle.holderCount(), bundle.passCount(), bundle.missingHolderIds(),
                bundle.createdAt(), bundle.expiresAt(), downloadUrl);
    }
}
