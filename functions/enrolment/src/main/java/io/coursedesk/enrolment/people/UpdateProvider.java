package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.tenancy.Caller;
import jakarta.inject.Singleton;

/** Sets the caller's own provider profile. */
@Singleton
public class UpdateProvider {
    private final ProviderRepository providers;

    public UpdateProvider(ProviderRepository providers) {
        this.providers = providers;
    }

    public Provider update(Caller caller, ProviderRequest request) {
        Provider provider = new Provider(caller.tenantId(), request.name().trim(), request.notificationEmail().trim());
        providers.save(provider);
        return provider;
    }
}
