package io.coursedesk.availability.links;

import io.coursedesk.shared.aws.AwsClients;
import io.coursedesk.shared.aws.ConfiguredSecrets;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

/**
 * The key the answer links are signed with: from the Secrets Manager secret in AWS, the key itself locally (see
 * {@link ConfiguredSecrets}). Without a key no link can be signed or checked, so the function does not start.
 */
@Factory
public class AnswerLinkKeyFactory {
    public static final String KEY_PROPERTY = "coursedesk.availability.link-secret";
    public static final String SECRET_ARN_PROPERTY = "coursedesk.availability.link-secret-arn";

    @Singleton
    LinkTokens linkTokens(Environment environment, AwsClients clients) {
        return new LinkTokens(ConfiguredSecrets.read(environment, clients, SECRET_ARN_PROPERTY, KEY_PROPERTY,
                "answer-link key"));
    }
}
