package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.SubscriptionTerms;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The provider's profile: {@code PK=T#<t>#PROVIDER, SK=PROVIDER}. The same item holds the subscription terms
 * ({@code since}, {@code memberInstitute}), which only the operator sets; saving the profile leaves them as they are.
 */
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

    /** Creates or changes the profile. */
    public void save(Provider provider) {
        dynamoDb.updateItem(ItemUpdate.of(key(provider.tenantId()))
                .set("tenantId", Item.s(provider.tenantId()))
                .set("name", Item.s(provider.name()))
                .set("notificationEmail", Item.s(provider.notificationEmail()))
                .toRequest(table.name()));
    }

    /** The subscription terms; a provider the operator gave none has no start date and is no member institute. */
    public SubscriptionTerms subscriptionTerms(String tenantId) {
        return reads.get(Keys.collection(tenantId, "PROVIDER"), SK)
                .map(item -> new SubscriptionTerms(item.date("since"), item.flag("memberInstitute")))
                .orElse(new SubscriptionTerms(null, false));
    }

    /** The operator's side: sets the subscription terms on the provider item. */
    public void setSubscriptionTerms(String tenantId, SubscriptionTerms terms) {
        ItemUpdate update = ItemUpdate.of(key(tenantId)).set("memberInstitute", AttributeValue.fromBool(terms.memberInstitute()));
        dynamoDb.updateItem((terms.since() == null ? update.remove("since") : update.set("since", Item.s(terms.since().toString())))
                .toRequest(table.name()));
    }

    private static Map<String, AttributeValue> key(String tenantId) {
        return TableReads.key(Keys.collection(tenantId, "PROVIDER"), SK);
    }
}
