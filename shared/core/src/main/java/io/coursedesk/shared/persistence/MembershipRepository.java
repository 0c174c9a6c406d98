package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.Role;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * A person's memberships: {@code PK=USER#<userId>, SK=MEMBERSHIP#<tenantId>}. The one partition keyed by a person
 * rather than a tenant: the token trigger knows only the Cognito {@code sub} it was called for (verified by
 * Cognito), and reads that person's memberships with one strongly consistent query.
 */
@Singleton
public class MembershipRepository {
    static final String SK_PREFIX = "MEMBERSHIP#";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public MembershipRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    /** Every provider this person belongs to, by tenant id. */
    public List<Membership> of(String userId) {
        return reads.partition(partition(userId), SK_PREFIX).stream().map(MembershipRepository::fromItem).toList();
    }

    /** The person's membership at this provider, if any. */
    public Optional<Membership> find(String userId, String tenantId) {
        return reads.get(partition(userId), SK_PREFIX + keyPart(tenantId)).map(MembershipRepository::fromItem);
    }

    /** Ends the person's membership at this provider; false if there was none. */
    public boolean remove(String userId, String tenantId) {
        return ItemRemoval.deleteExisting(dynamoDb, table, TableReads.key(partition(userId), SK_PREFIX + keyPart(tenantId)));
    }

    public void save(Membership membership) {
        Item item = Item.of(new HashMap<>(TableReads.key(partition(membership.userId()),
                        SK_PREFIX + keyPart(membership.tenantId()))))
                .with("userId", membership.userId())
                .with("tenantId", membership.tenantId())
                .with("role", membership.role().name())
                .with("organisationId", membership.organisationId())
                .with("studentId", membership.studentId());
        dynamoDb.putItem(b -> b.tableName(table.name()).item(item.attributes()));
    }

    private static String partition(String userId) {
        return "USER#" + keyPart(userId);
    }

    private static String keyPart(String id) {
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("invalid key part: " + id);
        }
        return id;
    }

    private static Membership fromItem(Item item) {
        return new Membership(item.string("userId"), item.string("tenantId"), item.enumValue("role", Role.class),
                item.string("organisationId"), item.string("studentId"));
    }
}
