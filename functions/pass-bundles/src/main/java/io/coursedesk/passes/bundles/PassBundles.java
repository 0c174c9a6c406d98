package io.coursedesk.passes.bundles;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A contact's own bundles of the last 7 days. Bundles live in their requester's partition, so nobody else (another
 * contact of the organisation, an admin, another tenant) can even address them.
 */
@Singleton
public class PassBundles {
    private final PassBundleRepository bundles;
    private final Clock clock;

    public PassBundles(PassBundleRepository bundles, Clock clock) {
        this.bundles = bundles;
        this.clock = clock;
    }

    /** Newest first; expired ones are left out (the TTL deletes them late). */
    /** A page of the caller's bundles that have not expired, newest first. */
    public Slice<PassBundle, PagePosition> page(Caller caller, int limit, PagePosition after) {
        Instant now = clock.instant();
        return bundles.pageSince(caller.tenantId(), caller.userId(), now.minus(PassBundle.RETENTION),
                bundle -> !bundle.isExpiredAt(now), limit, after);
    }

    public Optional<PassBundle> find(Caller caller, String bundleId) {
        if (!Ids.isValid(bundleId)) {
            return Optional.empty();
        }
        return bundles.find(caller.tenantId(), caller.userId(), bundleId)
                .filter(bundle -> !bundle.isExpiredAt(clock.instant()));
    }
}
