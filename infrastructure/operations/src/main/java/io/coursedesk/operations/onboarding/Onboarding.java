package io.coursedesk.operations.onboarding;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.Role;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.util.List;

/**
 * An operator onboards a provider: its profile (the tenant) and its first admin, a user of the pool whom Cognito
 * mails a temporary password (they set their own at the first sign-in), or the person's existing user (someone who
 * already works with another provider), with a {@code PROVIDER_ADMIN} membership of the new provider.
 */
public final class Onboarding {
    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;
    private final ProviderRepository providers;
    private final MembershipRepository memberships;

    public Onboarding(CognitoIdentityProviderClient cognito, String userPoolId, ProviderRepository providers,
                      MembershipRepository memberships) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
        this.providers = providers;
        this.memberships = memberships;
    }

    /** Creates the provider and invites its admin; the admin's user id ({@code sub}). */
    public String onboard(Provider provider, String adminEmail, String adminName) {
        if (!Ids.isValid(provider.tenantId())) {
            throw new IllegalArgumentException("a provider id is letters, digits, - and _: " + provider.tenantId());
        }
        if (providers.find(provider.tenantId()).isPresent()) {
            throw new IllegalArgumentException("provider " + provider.tenantId() + " exists already");
        }
        providers.save(provider);
        String adminId = userOf(adminEmail, adminName);
        memberships.save(new Membership(adminId, provider.tenantId(), Role.PROVIDER_ADMIN, null, null));
        return adminId;
    }

    private String userOf(String email, String name) {
        List<AttributeType> attributes;
        try {
            attributes = cognito.adminCreateUser(b -> b.userPoolId(userPoolId).username(email)
                    .desiredDeliveryMediums(DeliveryMediumType.EMAIL)
                    .userAttributes(attribute("email", email), attribute("email_verified", "true"),
                            attribute("name", name))).user().attributes();
        } catch (UsernameExistsException e) {
            attributes = cognito.adminGetUser(b -> b.userPoolId(userPoolId).username(email)).userAttributes();
        }
        return attributes.stream().filter(a -> a.name().equals("sub")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the user pool gave " + email + " no sub")).value();
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
