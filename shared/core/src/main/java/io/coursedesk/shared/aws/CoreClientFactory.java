package io.coursedesk.shared.aws;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** The two clients every function uses: the table and the bus. */
@Factory
public class CoreClientFactory {

    @Singleton
    DynamoDbClient dynamoDbClient(AwsClients clients) {
        return clients.build(DynamoDbClient.builder(), "dynamodb");
    }

    @Singleton
    EventBridgeClient eventBridgeClient(AwsClients clients) {
        return clients.build(EventBridgeClient.builder(), "eventbridge");
    }
}
