package io.coursedesk.enrolment.people;

import io.coursedesk.shared.domain.EmailAddresses;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.http.problem.InvalidFields;
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
        InvalidFields invalid = new InvalidFields();
        invalid.required(request.name(), "name");
        if (invalid.required(request.notificationEmail(), "notificationEmail")) {
            invalid.check(EmailAddresses.isValid(request.notificationEmail()), "notificationEmail",
                    "is not an email address");
        }
        invalid.throwIfAny();
        Provider provider = new Provider(caller.tenantId(), request.name().trim(), request.notificationEmail().trim());
        providers.save(provider);
        return provider;
    }
}
