package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Provider;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.HashMap;
import java.util.Optional;

/** The provider's profile: {@code PK=T#<t>#PROVIDER, SK=PROVIDER}. */
@Singleton
public class ProviderRepository {
    static final String SK = "PROVIDER";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public ProviderRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<Provider> find(String tenantId) {
        return reads.get(Keys.collection(tenantId, "PROVIDER"), SK)
                .map(item -> new Provider(item.string("tenantId"), item.string("name"), item.string("notificationEmail")));
    }

    public void save(Provider provider) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(
                Item.of(new HashMap<>(TableReads.key(Keys.collection(provider.tenantId(), "PROVIDER"), SK)))
                        .with("tenantId", provider.tenantId())
                        .with("name", provider.name())
                        .with("notificationEmail", provider.notificationEmail())
                        .attributes()));
    }
}
