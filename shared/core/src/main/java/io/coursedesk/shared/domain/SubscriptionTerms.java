package io.coursedesk.shared.domain;

import java.time.LocalDate;

/**
 * What the operator agreed with a provider, on the provider item and never set by the provider admin.
 *
 * @param since           the first day of the subscription; {@code null} for a provider that predates it (priced by
 *                        the previous calendar year, as after the first year)
 * @param memberInstitute a CIBOT-registered institute: EUR 2 off per module and no one-time fee
 */
public record SubscriptionTerms(LocalDate since, boolean memberInstitute) {
}
