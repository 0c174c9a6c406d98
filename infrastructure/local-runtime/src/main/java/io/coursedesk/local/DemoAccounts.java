package io.coursedesk.local;

import io.coursedesk.harness.cognito.CognitoEmulator;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.Role;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.util.List;
import java.util.Map;

/**
 * The demo users' accounts: real users of the Cognito emulator with a permanent password (as an operator or an
 * admin makes them, then the person sets their own) and their membership item, which the token trigger turns
 * into their ID token's claims. Sign-in is Cognito's {@code InitiateAuth} with {@code USER_PASSWORD_AUTH}.
 */
final class DemoAccounts {

    /** Meets the template's password policy: upper and lower case, a digit, a symbol, at least 8 characters. */
    static final String PASSWORD = "Welkom-2026!";

    private final CognitoEmulator cognito;
    private final MembershipRepository memberships;

    DemoAccounts(CognitoEmulator cognito, MembershipRepository memberships) {
        this.cognito = cognito;
        this.memberships = memberships;
    }

    /**
     * Creates the user (or finds them: a person of two providers is one user) with their membership at this
     * provider, and returns them with their password.
     */
    DemoUser create(String email, String name, Role role, String tenantId, String organisationId, String studentId) {
        List<AttributeType> attributes;
        try {
            attributes = cognito.client().adminCreateUser(b -> b.userPoolId(cognito.userPoolId()).username(email)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(attribute("email", email), attribute("email_verified", "true"),
                            attribute("name", name))).user().attributes();
            cognito.client().adminSetUserPassword(b -> b.userPoolId(cognito.userPoolId()).username(email)
                    .password(PASSWORD).permanent(true));
        } catch (UsernameExistsException e) {
            attributes = cognito.client().adminGetUser(b -> b.userPoolId(cognito.userPoolId()).username(email))
                    .userAttributes();
        }
        String sub = attributes.stream().filter(a -> a.name().equals("sub")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the Cognito emulator gave " + email + " no sub"))
                .value();
        memberships.save(new Membership(sub, tenantId, role, organisationId, studentId));
        return new DemoUser(email, name, role.name(), tenantId, organisationId, studentId, PASSWORD);
    }

    /** Signs in through the emulator; the ID token is the bearer token the API takes. */
    String signIn(String email, String password) {
        return cognito.client().initiateAuth(b -> b.clientId(cognito.clientId())
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", email, "PASSWORD", password)))
                .authenticationResult().idToken();
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
