package io.coursedesk.passes.holders;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Qualification holders in the table (item layout in {@link HolderItems} and docs/data-model.md). Never a scan. */
@Singleton
public class QualificationHolderRepository {
    private final Table table;
    private final TableReads reads;

    public QualificationHolderRepository(Table table, TableReads reads) {
        this.table = table;
        this.reads = reads;
    }

    /** One GetItem: the holder item carries the qualifications and memberships. */
    public Optional<HolderWithQualifications> find(String tenantId, String holderId) {
        if (!Ids.isValid(holderId)) {
            return Optional.empty();
        }
        return reads.get(HolderItems.pk(tenantId, holderId), HolderItems.SK).map(HolderItems::fromItem);
    }

    /** The holders with these ids that exist, in no particular order (BatchGetItem; invalid ids name nobody). */
    public List<HolderWithQualifications> findAll(String tenantId, Collection<String> holderIds) {
        return reads.batchGet(holderIds.stream().filter(Ids::isValid).distinct()
                        .map(id -> HolderItems.key(tenantId, id)).toList())
                .stream().map(HolderItems::fromItem).toList();
    }

    /** Every holder of the provider (one GSI1 partition, all its pages), by qualification number. */
    public List<HolderWithQualifications> list(String tenantId) {
        return reads.index(Table.GSI1, Table.GSI1_PK, HolderItems.listing(tenantId)).stream()
                .map(HolderItems::fromItem).toList();
    }

    /** The holders belonging to the organisation (its membership items on GSI1), by qualification number. */
    public List<HolderWithQualifications> listByOrganisation(String tenantId, String organisationId) {
        if (!Ids.isValid(organisationId)) {
            return List.of();
        }
        return reads.index(Table.GSI1, Table.GSI1_PK, HolderItems.organisationListing(tenantId, organisationId))
                .stream().map(HolderItems::fromItem).toList();
    }

    /** The holder id of each of these qualification numbers that is taken (BatchGetItem of the uniqueness items). */
    public Map<String, String> holderIdsByNumber(String tenantId, Collection<String> qualificationNumbers) {
        return reads.batchGet(qualificationNumbers.stream().filter(QualificationNumbers::isValid).distinct()
                        .map(number -> HolderItems.numberKey(tenantId, number)).toList())
                .stream().collect(Collectors.toMap(item -> numberOf(item), item -> item.string("holderId")));
    }

    private static String numberOf(Item numberItem) {
        String pk = numberItem.string(Table.PK);
        return pk.substring(pk.lastIndexOf('#') + 1);
    }

    /**
     * The transaction items that store {@code holder} with {@code qualifications} in place of {@code previous}
     * (empty: a new holder): the holder item, conditioned on the version read (or on not existing yet), a copy per
     * organisation it belongs to, a Delete per organisation it left, and for a new holder its qualification
     * number, which must be free. One holder is at most {@link #itemCount} items.
     */
    public List<TransactWriteItem> save(QualificationHolder holder, List<Qualification> qualifications,
                                        Optional<HolderWithQualifications> previous) {
        long version = previous.map(HolderWithQualifications::version).orElse(0L);
        HolderWithQualifications next = new HolderWithQualifications(holder, qualifications, version + 1);
        List<TransactWriteItem> items = new ArrayList<>();
        Put.Builder put = Put.builder().tableName(table.name()).item(HolderItems.toItem(next));
        if (previous.isPresent()) {
            put.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", HolderItems.VERSION))
                    .expressionAttributeValues(Map.of(":v", Item.n(version)));
        } else {
            put.conditionExpression("attribute_not_exists(PK)");
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                    .item(HolderItems.toNumberItem(holder)).conditionExpression("attribute_not_exists(PK)").build())
                    .build());
        }
        items.add(0, TransactWriteItem.builder().put(put.build()).build());
        holder.organisationIds().forEach(organisationId -> items.add(TransactWriteItem.builder()
                .put(Put.builder().tableName(table.name())
                        .item(HolderItems.toMembershipItem(next, organisationId)).build()).build()));
        Set<String> left = previous.map(p -> p.holder().organisationIds()).orElse(Set.of()).stream()
                .filter(organisationId -> !holder.belongsTo(organisationId)).collect(Collectors.toSet());
        left.forEach(organisationId -> items.add(TransactWriteItem.builder().delete(Delete.builder()
                .tableName(table.name()).key(HolderItems.membershipKey(holder.tenantId(), holder.holderId(),
                        organisationId)).build()).build()));
        return items;
    }

    /** The last qualification number given to a student (0: none yet). */
    public long lastGivenNumber(String tenantId) {
        Map<String, AttributeValue> key = HolderItems.counterKey(tenantId);
        return reads.get(key.get(Table.PK).s(), key.get(Table.SK).s())
                .map(counter -> counter.longValue(HolderItems.LAST_NUMBER, 0)).orElse(0L);
    }

    /** Moves the counter from {@code read} to {@code given}, if nobody moved it since it was read. */
    public TransactWriteItem giveNumber(String tenantId, long read, long given) {
        ItemUpdate update = ItemUpdate.of(HolderItems.counterKey(tenantId))
                .set(HolderItems.LAST_NUMBER, Item.n(given))
                .name("#last", HolderItems.LAST_NUMBER);
        if (read == 0) {
            update.condition("attribute_not_exists(#last)");
        } else {
            update.condition("#last = :read").value(":read", Item.n(read));
        }
        return update.toTransactItem(table.name());
    }

    /** How many transaction items {@link #save} makes, to keep a transaction within 100. */
    public static int itemCount(QualificationHolder holder, Optional<HolderWithQualifications> previous) {
        Set<String> organisations = new HashSet<>(holder.organisationIds());
        previous.ifPresent(p -> organisations.addAll(p.holder().organisationIds()));
        return 1 + organisations.size() + (previous.isPresent() ? 0 : 1);
    }
}
