package io.coursedesk.shared.aws;

import io.micronaut.context.env.Environment;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Optional;

/**
 * A secret a function is configured with, such as a signing key. In AWS the function is given the Secrets Manager
 * secret's ARN and reads the value once, at start, so it never sits in the function's configuration; the local run
 * and the tests give the value itself. The ARN wins where both are set. A missing or unreadable secret throws, so
 * the function does not start rather than failing every request later. Only a function that reads a secret ships
 * the Secrets Manager SDK module (this module declares it optional).
 */
public final class ConfiguredSecrets {

    private ConfiguredSecrets() {
    }

    /** @param what the secret's name in error messages, e.g. "answer-link key" */
    public static String read(Environment environment, AwsClients clients, String arnProperty, String valueProperty,
                              String what) {
        Optional<String> secretArn = property(environment, arnProperty);
        if (secretArn.isPresent()) {
            return fromSecretsManager(secretArn.get(), clients, what);
        }
        return property(environment, valueProperty).orElseThrow(() -> new IllegalStateException(
                "no " + what + ": set " + arnProperty + " (AWS) or " + valueProperty + " (local)"));
    }

    private static String fromSecretsManager(String secretArn, AwsClients clients, String what) {
        // used once: the client is not kept, so no connection outlives the start (or a SnapStart snapshot)
        try (SecretsManagerClient secretsManager = clients.build(SecretsManagerClient.builder(), "secretsmanager")) {
            String value = secretsManager.getSecretValue(b -> b.secretId(secretArn)).secretString();
            if (value == null) {
                throw new IllegalStateException("secret " + secretArn + " holds no SecretString: the " + what + " is text");
            }
            return value;
        } catch (SdkException e) {
            throw new IllegalStateException("cannot read the " + what + " from Secrets Manager secret " + secretArn, e);
        }
    }

    private static Optional<String> property(Environment environment, String name) {
        return environment.getProperty(name, String.class).filter(value -> !value.isBlank());
    }
}
