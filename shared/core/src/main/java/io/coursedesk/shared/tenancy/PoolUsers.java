package io.coursedesk.shared.tenancy;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.util.List;

/**
 * The user of a person CourseDesk gives a role (a provider's first admin from the operator, a contact person from
 * their admin): a new user of the pool with a verified email, whom Cognito mails a temporary password (they set their
 * own at the first sign-in), or the person's existing user (one person is one user, whatever their providers),
 * enabled again if a removal had disabled it. The role itself is a membership the caller writes. Only the accounts
 * function and the operator's onboarding ship the Cognito SDK module (this module declares it optional).
 */
public final class PoolUsers {
    private final CognitoIdentityProviderClient cognito;
    private final String userPoolId;

    public PoolUsers(CognitoIdentityProviderClient cognito, String userPoolId) {
        this.cognito = cognito;
        this.userPoolId = userPoolId;
    }

    /** The person's user id ({@code sub}): their user, invited now if they had none. */
    public String invite(String email, String name) {
        List<AttributeType> attributes;
        try {
            attributes = cognito.adminCreateUser(b -> b.userPoolId(userPoolId).username(email)
                    .desiredDeliveryMediums(DeliveryMediumType.EMAIL)
                    .userAttributes(attribute("email", email), attribute("email_verified", "true"),
                            attribute("name", name))).user().attributes();
        } catch (UsernameExistsException e) {
            AdminGetUserResponse user = cognito.adminGetUser(b -> b.userPoolId(userPoolId).username(email));
            if (!user.enabled()) {
                cognito.adminEnableUser(b -> b.userPoolId(userPoolId).username(email));
            }
            attributes = user.userAttributes();
        }
        return attributes.stream().filter(a -> a.name().equals("sub")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the user pool gave " + email + " no sub")).value();
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
