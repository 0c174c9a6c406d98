package io.coursedesk.harness.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.template.Resource;
import io.coursedesk.harness.template.SamTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

import java.util.ArrayList;
import java.util.List;

/** Creates the table exactly as {@code template.yaml} declares it, so there is no second definition. */
public final class CourseDeskTable {

    private CourseDeskTable() {
    }

    /** Creates the template's table under the given name and waits until it exists. */
    public static void create(DynamoDbClient client, String tableName) {
        create(client, tableName, SamTemplate.locate().table());
    }

    public static void create(DynamoDbClient client, String tableName, Resource table) {
        JsonNode properties = table.properties();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributeDefinitions(properties.path("AttributeDefinitions")))
                .keySchema(keySchema(properties.path("KeySchema")));
        List<GlobalSecondaryIndex> indexes = globalSecondaryIndexes(properties.path("GlobalSecondaryIndexes"));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        JsonNode stream = properties.path("StreamSpecification");
        if (stream.isObject()) {
            request.streamSpecification(s -> s.streamEnabled(true)
                    .streamViewType(stream.path("StreamViewType").asText()));
        }
        client.createTable(request.build());
        client.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        JsonNode ttl = properties.path("TimeToLiveSpecification");
        if (ttl.path("Enabled").asBoolean(false)) {
            client.updateTimeToLive(b -> b.tableName(tableName).timeToLiveSpecification(
                    t -> t.attributeName(ttl.path("AttributeName").asText()).enabled(true)));
        }
    }

    private static List<AttributeDefinition> attributeDefinitions(JsonNode definitions) {
        List<AttributeDefinition> result = new ArrayList<>();
        definitions.forEach(d -> result.add(AttributeDefinition.builder()
                .attributeName(d.path("AttributeName").asText())
                .attributeType(d.path("AttributeType").asText())
                .build()));
        return result;
    }

    private static List<KeySchemaElement> keySchema(JsonNode elements) {
        List<KeySchemaElement> result = new ArrayList<>();
        elements.forEach(e -> result.add(KeySchemaElement.builder()
                .attributeName(e.path("AttributeName").asText())
                .keyType(e.path("KeyType").asText())
                .build()));
        return result;
    }

    private static List<GlobalSecondaryIndex> globalSecondaryIndexes(JsonNode indexes) {
        List<GlobalSecondaryIndex> result = new ArrayList<>();
        indexes.forEach(index -> {
            Projection.Builder projection = Projection.builder()
                    .projectionType(index.path("Projection").path("ProjectionType").asText("ALL"));
            List<String> nonKey = new ArrayList<>();
            index.path("Projection").path("NonKeyAttributes").forEach(a -> nonKey.add(a.asText()));
            if (!nonKey.isEmpty()) {
                projection.nonKeyAttributes(nonKey);
            }
            result.add(GlobalSecondaryIndex.builder()
                    .indexName(index.path("IndexName").asText())
                    .keySchema(keySchema(index.path("KeySchema")))
                    .projection(projection.build())
                    .build());
        });
        return result;
    }
}
