package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Provider;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        return reads.get(Keys.collection(tenantId, "PROVIDER"), SK).map(ProviderRepository::fromItem);
    }

    /** The profiles of these providers that exist, by tenant id. */
    public Map<String, Provider> findAll(Collection<String> tenantIds) {
        return reads.batchGet(tenantIds.stream().map(t -> TableReads.key(Keys.collection(t, "PROVIDER"), SK)).toList())
                .stream().map(ProviderRepository::fromItem)
                .collect(Collectors.toMap(Provider::tenantId, Function.identity()));
    }

    private static Provider fromItem(Item item) {
        return new Provider(item.string("tenantId"), item.string("name"), item.string("notificationEmail"));
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
