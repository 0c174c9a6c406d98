package io.coursedesk.harness.secrets;

import io.coursedesk.harness.LocalCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK's own Secrets Manager client against the stand-in. */
class LocalSecretsManagerTest {

    private static LocalSecretsManager secretsManager;
    private static SecretsManagerClient client;

    @BeforeAll
    static void start() {
        secretsManager = LocalSecretsManager.start();
        client = LocalCredentials.localClient(SecretsManagerClient.builder(), secretsManager.endpoint()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        secretsManager.stop();
    }

    @Test
    void answersGetSecretValueByArnAndByName() {
        String arn = secretsManager.put("answer-link-key", "s3cret");

        GetSecretValueResponse byArn = client.getSecretValue(b -> b.secretId(arn));
        GetSecretValueResponse byName = client.getSecretValue(b -> b.secretId("answer-link-key"));

        assertThat(arn).startsWith("arn:aws:secretsmanager:" + LocalCredentials.REGION_ID + ":"
                + LocalCredentials.ACCOUNT_ID + ":secret:answer-link-key-");
        assertThat(byArn.secretString()).isEqualTo("s3cret");
        assertThat(byArn.arn()).isEqualTo(arn);
        assertThat(byArn.name()).isEqualTo("answer-link-key");
        assertThat(byArn.versionStages()).containsExactly("AWSCURRENT");
        assertThat(byArn.createdDate()).isNotNull();
        assertThat(byName.secretString()).isEqualTo("s3cret");
    }

    @Test
    void aNewValueUnderTheSameNameReplacesTheOld() {
        String first = secretsManager.put("rotated-key", "old");
        String second = secretsManager.put("rotated-key", "new");

        assertThat(client.getSecretValue(b -> b.secretId("rotated-key")).secretString()).isEqualTo("new");
        assertThatThrownBy(() -> client.getSecretValue(b -> b.secretId(first)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(client.getSecretValue(b -> b.secretId(second)).secretString()).isEqualTo("new");
    }

    @Test
    void anUnknownSecretIsNotFound() {
        assertThatThrownBy(() -> client.getSecretValue(b -> b.secretId("no-such-secret")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("can't find the specified secret");
    }
}
