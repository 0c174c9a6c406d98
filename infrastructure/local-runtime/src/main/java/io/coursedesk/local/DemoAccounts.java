package io.coursedesk.local;

import io.coursedesk.harness.cognito.CognitoEmulator;
import io.coursedesk.operations.onboarding.Onboarding;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.SubscriptionTerms;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

import java.util.Map;

/**
 * The demo users' accounts on the Cognito emulator, made the way real accounts are made: a provider and its admin
 * by the operator's onboarding, contacts by their admin (the seeder calls the contacts route), students by their
 * own sign-up. Each has the password {@link #PASSWORD}: the one an invited person would choose at the first sign-in.
 * Sign-in is Cognito's {@code InitiateAuth} with {@code USER_PASSWORD_AUTH}.
 */
final class DemoAccounts {

    /** Meets the template's password policy: upper and lower case, a digit, a symbol, at least 8 characters. */
    static final String PASSWORD = "Welkom-2026!";

    private final CognitoEmulator cognito;
    private final Onboarding onboarding;

    DemoAccounts(CognitoEmulator cognito, Onboarding onboarding) {
        this.cognito = cognito;
        this.onboarding = onboarding;
    }

    /** The operator onboards the provider; its admin then chooses their password. */
    DemoUser onboard(Provider provider, SubscriptionTerms terms, String adminEmail, String adminName) {
        onboarding.onboard(provider, terms, adminEmail, adminName);
        choosePassword(adminEmail);
        return new DemoUser(adminEmail, adminName, "PROVIDER_ADMIN", provider.tenantId(), null, null, PASSWORD);
    }

    /** An invited person (admin, contact) replaces the temporary password Cognito mailed them. */
    void choosePassword(String email) {
        cognito.client().adminSetUserPassword(b -> b.userPoolId(cognito.userPoolId()).username(email)
                .password(PASSWORD).permanent(true));
    }

    /** A student signs up with the provider and confirms their email with the mailed code. */
    void signUp(String email, String name, String providerId) {
        cognito.client().signUp(b -> b.clientId(cognito.clientId()).username(email).password(PASSWORD)
                .userAttributes(attribute("email", email), attribute("name", name),
                        attribute("custom:providerId", providerId)));
        cognito.client().adminConfirmSignUp(b -> b.userPoolId(cognito.userPoolId()).username(email));
        // the mailed code's confirmation verifies the email; the emulator's admin confirmation stands in for it
        cognito.client().adminUpdateUserAttributes(b -> b.userPoolId(cognito.userPoolId()).username(email)
                .userAttributes(attribute("email", email), attribute("email_verified", "true")));
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
