package io.coursedesk.availability.links;

import io.coursedesk.shared.aws.AwsClients;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Optional;

/**
 * The key the answer links are signed with. In AWS the function is given the Secrets Manager secret's ARN and
 * reads the key once, at start, so the key never sits in the function's configuration; the local run and the
 * tests give the key itself. The ARN wins where both are set. Without a key no link can be signed or checked,
 * so a missing or unreadable secret stops the start instead of failing every answer later.
 */
@Factory
public class AnswerLinkKeyFactory {
    public static final String KEY_PROPERTY = "coursedesk.availability.link-secret";
    public static final String SECRET_ARN_PROPERTY = "coursedesk.availability.link-secret-arn";

    @Singleton
    LinkTokens linkTokens(Environment environment, AwsClients clients) {
        Optional<String> secretArn = property(environment, SECRET_ARN_PROPERTY);
        if (secretArn.isPresent()) {
            return new LinkTokens(readSecret(secretArn.get(), clients));
        }
        return new LinkTokens(property(environment, KEY_PROPERTY).orElseThrow(() -> new IllegalStateException(
                "no answer-link key: set " + SECRET_ARN_PROPERTY + " (AWS) or " + KEY_PROPERTY + " (local)")));
    }

    private static String readSecret(String secretArn, AwsClients clients) {
        // used once: the client is not kept, so no connection outlives the start (or a SnapStart snapshot)
        try (SecretsManagerClient secretsManager = clients.build(SecretsManagerClient.builder(), "secretsmanager")) {
            String key = secretsManager.getSecretValue(b -> b.secretId(secretArn)).secretString();
            if (key == null) {
                throw new IllegalStateException("secret " + secretArn + " holds no SecretString: the answer-link key is text");
            }
            return key;
        } catch (SdkException e) {
            throw new IllegalStateException("cannot read the answer-link key from Secrets Manager secret " + secretArn, e);
        }
    }

    private static Optional<String> property(Environment environment, String name) {
        return environment.getProperty(name, String.class).filter(value -> !value.isBlank());
    }
}
