package io.coursedesk.accounts.signup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.accounts.api.CognitoTrigger;
import io.coursedesk.accounts.claims.TokenClaims;
import jakarta.inject.Singleton;

import java.util.Iterator;

/**
 * Pre sign-up: a person signs up with a provider, named by {@code custom:providerId}, which must exist; and with no
 * other custom attribute (AWS refuses them already through the client's {@code WriteAttributes}; cognito-local
 * does not). A refusal fails the invocation, and Cognito refuses the sign-up with its message.
 */
@Singleton
public class SignUpCheck implements CognitoTrigger {
    private final StudentAccounts accounts;

    SignUpCheck(StudentAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String triggerSourcePrefix() {
        return "PreSignUp_SignUp";
    }

    @Override
    public void answer(ObjectNode event) {
        JsonNode attributes = event.path("request").path("userAttributes");
        for (Iterator<String> names = attributes.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("custom:") && !name.equals(TokenClaims.PROVIDER_ATTRIBUTE)) {
                throw new IllegalArgumentException("A sign-up may not set " + name);
            }
        }
        if (!accounts.providerExists(attributes.path(TokenClaims.PROVIDER_ATTRIBUTE).asText(null))) {
            throw new IllegalArgumentException("Sign up with a provider: custom:providerId names none");
        }
    }
}
