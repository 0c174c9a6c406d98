package io.coursedesk.passes.signing;

import io.coursedesk.shared.aws.AwsClients;
import io.coursedesk.shared.aws.ConfiguredSecrets;
import io.coursedesk.shared.signing.SigningKey;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/**
 * The function's signing key: from the Secrets Manager secret whose ARN the template gives
 * ({@code COURSEDESK_PASSES_SIGNING_SECRET_ARN}) in AWS, the key itself locally (see {@link ConfiguredSecrets}).
 */
@Factory
public class SigningKeyFactory {
    public static final String KEY_PROPERTY = "coursedesk.passes.signing-secret";
    public static final String SECRET_ARN_PROPERTY = "coursedesk.passes.signing-secret-arn";

    @Singleton
    SigningKey signingKey(Environment environment, AwsClients clients) {
        return new SigningKey(ConfiguredSecrets.read(environment, clients, SECRET_ARN_PROPERTY, KEY_PROPERTY,
                "signing key"));
    }
}
