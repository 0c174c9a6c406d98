package io.coursedesk.passes.signing;

import io.coursedesk.shared.aws.AwsClients;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Optional;

/**
 * The function's signing key: in AWS read once at start from the Secrets Manager secret whose ARN the template
 * gives ({@code COURSEDESK_PASSES_SIGNING_SECRET_ARN}), so the key never sits in the configuration; locally and in
 * tests the key itself. Without a key nothing can be signed, so a missing or unreadable secret stops the start.
 */
@Factory
public class SigningKeyFactory {
    public static final String KEY_PROPERTY = "coursedesk.passes.signing-secret";
    public static final String SECRET_ARN_PROPERTY = "coursedesk.passes.signing-secret-arn";

    @Singleton
    SigningKey signingKey(Environment environment, AwsClients clients) {
        Optional<String> secretArn = property(environment, SECRET_ARN_PROPERTY);
        if (secretArn.isPresent()) {
            return new SigningKey(readSecret(secretArn.get(), clients));
        }
        return new SigningKey(property(environment, KEY_PROPERTY).orElseThrow(() -> new IllegalStateException(
                "no signing key: set " + SECRET_ARN_PROPERTY + " (AWS) or " + KEY_PROPERTY + " (local)")));
    }

    private static String readSecret(String secretArn, AwsClients clients) {
        // used once: the client is not kept, so no connection outlives the start
        try (SecretsManagerClient secretsManager = clients.build(SecretsManagerClient.builder(), "secretsmanager")) {
            String key = secretsManager.getSecretValue(b -> b.secretId(secretArn)).secretString();
            if (key == null) {
                throw new IllegalStateException("secret " + secretArn + " holds no SecretString: the signing key is text");
            }
            return key;
        } catch (SdkException e) {
            throw new IllegalStateException("cannot read the signing key from Secrets Manager secret " + secretArn, e);
        }
    }

    private static Optional<String> property(Environment environment, String name) {
        return environment.getProperty(name, String.class).filter(value -> !value.isBlank());
    }
}
