package io.coursedesk.relay.aws;

import io.coursedesk.shared.aws.AwsClients;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.relay.OutboxRelay;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.time.Clock;

/** The relay and the bus client: only this function has one, because only the relay publishes. */
@Factory
public class RelayFactory {

    @Singleton
    EventBridgeClient eventBridgeClient(AwsClients clients) {
        return clients.build(EventBridgeClient.builder(), "eventbridge");
    }

    @Singleton
    OutboxRelay outboxRelay(DynamoDbClient dynamoDb, EventBridgeClient eventBridge, Table table,
                            @Value("${coursedesk.event-bus-name}") String busName, Clock clock) {
        return new OutboxRelay(dynamoDb, eventBridge, table, busName, clock);
    }
}
