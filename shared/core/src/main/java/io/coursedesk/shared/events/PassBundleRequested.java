package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * An organisation contact asked for a bundle of passes; the pass-bundles function builds it from the bundle's
 * item in the table (its holders, scope and expiry dates are there, so the event stays small).
 * {@code eventId}: {@code PassBundleRequested:<bundleId>}.
 */
public record PassBundleRequested(String eventId, String tenantId, Instant occurredAt,
                                  String bundleId, String organisationId, String requestedBy) implements DomainEvent {
    public static PassBundleRequested of(String tenantId, Instant occurredAt, String bundleId, String organisationId,
                                         String requestedBy) {
        return new PassBundleRequested("PassBundleRequested:" + bundleId, tenantId, occurredAt, bundleId,
                organisationId, requestedBy);
    }
}
