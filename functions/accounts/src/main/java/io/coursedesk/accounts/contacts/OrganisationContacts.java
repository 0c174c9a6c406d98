package io.coursedesk.accounts.contacts;

import io.coursedesk.accounts.aws.UserPoolConfig;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.PoolUsers;
import io.coursedesk.shared.tenancy.Role;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import java.util.Optional;

/**
 * A provider admin gives an organisation's contact person an account: a user of the pool (Cognito mails a
 * temporary password; the person sets their own at the first sign-in), or the person's existing user, with an
 * {@code ORGANISATION_CONTACT} membership of this provider set by this function, never by the person. Removal ends
 * the membership, so the next token carries no role here; a user left with no membership is disabled and can no
 * longer sign in. A token issued before stays valid until it expires (60 minutes): neither the authorizer nor the
 * functions ask Cognito about every token.
 */
@Singleton
@Requires(property = UserPoolConfig.USER_POOL_ID)
public class OrganisationContacts {
    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;
    private final PoolUsers users;
    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;

    OrganisationContacts(CognitoIdentityProviderClient cognito, @Value("${" + UserPoolConfig.USER_POOL_ID + "}") String userPoolId,
                         OrganisationRepository organisations, MembershipRepository memberships) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
        this.users = new PoolUsers(cognito, userPoolId);
        this.organisations = organisations;
        this.memberships = memberships;
    }

    public ContactView add(Caller caller, String organisationId, ContactRequest request) {
        requireOrganisation(caller, organisationId);
        String userId = users.invite(request.email(), request.name());
        memberships.find(userId, caller.tenantId()).ifPresent(existing -> {
            throw ProblemException.conflict("This person already has an account at this provider as "
                    + existing.role() + "; remove that first");
        });
        memberships.save(new Membership(userId, caller.tenantId(), Role.ORGANISATION_CONTACT, organisationId, null));
        return new ContactView(userId, organisationId, request.email(), request.name());
    }

    public void remove(Caller caller, String organisationId, String contactId) {
        requireOrganisation(caller, organisationId);
        Optional<Membership> membership = Ids.isValid(contactId) ? memberships.find(contactId, caller.tenantId())
                : Optional.empty();
        Membership contact = membership.filter(m -> m.role() == Role.ORGANISATION_CONTACT && organisationId.equals(m.organisationId()))
                .orElseThrow(() -> ProblemException.notFound("contact"));
        memberships.remove(contact.userId(), caller.tenantId());
        if (memberships.of(contact.userId()).isEmpty()) {
            cognito.adminDisableUser(b -> b.userPoolId(userPoolId).username(contact.userId()));
        }
    }

    private void requireOrganisation(Caller caller, String organisationId) {
        if (!Ids.isValid(organisationId) || organisations.find(caller.tenantId(), organisationId).isEmpty()) {
            throw ProblemException.notFound("organisation");
        }
    }
}
