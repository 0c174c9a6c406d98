package io.coursedesk.passes.bundles;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    public List<PassBundle> list(Caller caller) {
        Instant now = clock.instant();
        return bundles.listSince(caller.tenantId(), caller.userId(), now.minus(PassBundle.RETENTION)).stream()
                .filter(bundle -> !bundle.isExpiredAt(now))
                .toList();
    }

    public Optional<PassBundle> find(Caller caller, String bundleId) {
        if (!Ids.isValid(bundleId)) {
            return Optional.empty();
        }
        return bundles.find(caller.tenantId(), caller.userId(), bundleId)
                .filter(bundle -> !bundle.isExpiredAt(clock.instant()));
    }
}
