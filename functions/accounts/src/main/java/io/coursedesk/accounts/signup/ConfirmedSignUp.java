package io.coursedesk.accounts.signup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.accounts.api.CognitoTrigger;
import io.coursedesk.accounts.claims.TokenClaims;
import jakarta.inject.Singleton;

/**
 * Post confirmation of a sign-up: once the email is confirmed, the person becomes a student of the provider they
 * signed up with ({@link StudentAccounts}), linked to its student record with that email. Only a verified email links:
 * a sign-up an admin confirmed without verifying the email (AdminConfirmSignUp; cognito-local's ConfirmSignUp
 * too) waits until it is verified, when the token trigger makes them the student at their next sign-in.
 */
@Singleton
public class ConfirmedSignUp implements CognitoTrigger {
    private final StudentAccounts accounts;

    ConfirmedSignUp(StudentAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String triggerSourcePrefix() {
        return "PostConfirmation_ConfirmSignUp";
    }

    @Override
    public void answer(ObjectNode event) {
        JsonNode attributes = event.path("request").path("userAttributes");
        if (!TokenClaims.isEmailVerified(attributes)) {
            return;
        }
        String providerId = attributes.path(TokenClaims.PROVIDER_ATTRIBUTE).asText(null);
        accounts.join(attributes.path("sub").asText(), attributes.path("email").asText(),
                        attributes.path("name").asText(null), providerId)
                .orElseThrow(() -> new IllegalArgumentException("no provider " + providerId + " to sign up with"));
    }
}
