package io.coursedesk.enrolment.api;

import io.coursedesk.shared.domain.Provider;

/** The provider's profile as the API shows it; the provider's id is its tenant id (as in the catalogue). */
public record ProviderView(String providerId, String name, String notificationEmail) {

    static ProviderView of(Provider provider) {
        return new ProviderView(provider.tenantId(), provider.name(), provider.notificationEmail());
    }
}
