package io.coursedesk.accounts.aws;

import io.coursedesk.shared.aws.AwsClients;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The user pool's admin API: only where the pool is configured (the HTTP function, not the pool's own triggers). */
@Factory
@Requires(property = UserPoolConfig.USER_POOL_ID)
public class CognitoFactory {

    @Singleton
    CognitoIdentityProviderClient cognito(AwsClients clients) {
        return clients.build(CognitoIdentityProviderClient.builder(), "cognito-idp");
    }
}
