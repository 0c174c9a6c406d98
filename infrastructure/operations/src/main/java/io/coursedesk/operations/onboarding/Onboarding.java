package io.coursedesk.operations.onboarding;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.SubscriptionTerms;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.PoolUsers;
import io.coursedesk.shared.tenancy.Role;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * An operator onboards a provider: its profile (the tenant) and its first admin, a user of the pool whom Cognito
 * mails a temporary password (they set their own at the first sign-in), or the person's existing user (someone who
 * already works with another provider; {@link PoolUsers}), with a {@code PROVIDER_ADMIN} membership of the new provider.
 */
public final class Onboarding {
    private final PoolUsers users;
    private final ProviderRepository providers;
    private final MembershipRepository memberships;

    public Onboarding(CognitoIdentityProviderClient cognito, String userPoolId, ProviderRepository providers,
                      MembershipRepository memberships) {
        this.users = new PoolUsers(cognito, userPoolId);
        this.providers = providers;
        this.memberships = memberships;
    }

    /**
     * Creates the provider on its subscription terms (which only the operator sets: the start that decides the first
     * year's pricing, and whether it is a member institute) and invites its admin; the admin's user id ({@code sub}).
     */
    public String onboard(Provider provider, SubscriptionTerms terms, String adminEmail, String adminName) {
        if (!Ids.isValid(provider.tenantId())) {
            throw new IllegalArgumentException("a provider id is letters, digits, - and _: " + provider.tenantId());
        }
        if (providers.find(provider.tenantId()).isPresent()) {
            throw new IllegalArgumentException("provider " + provider.tenantId() + " exists already");
        }
        providers.save(provider);
        providers.setSubscriptionTerms(provider.tenantId(), terms);
        String adminId = users.invite(adminEmail, adminName);
        memberships.save(new Membership(adminId, provider.tenantId(), Role.PROVIDER_ADMIN, null, null));
        return adminId;
    }
}
