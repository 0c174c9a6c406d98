package io.coursedesk.shared.aws;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The client every function uses: the table (events leave through its outbox, see {@code Outbox}). */
@Factory
public class CoreClientFactory {

    @Singleton
    DynamoDbClient dynamoDbClient(AwsClients clients) {
        return clients.build(DynamoDbClient.builder(), "dynamodb");
    }
}
