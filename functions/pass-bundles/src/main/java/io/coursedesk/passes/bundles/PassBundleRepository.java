package io.coursedesk.passes.bundles;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.PageQuery;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.persistence.TransactionWriter;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Bundle items and their request keys, in the requesting contact's own partition
 * {@code PK=T#<t>#BUNDLES#<userId>}: a bundle {@code SK=BUNDLE#<bundleId>} (listed newest first on GSI1,
 * {@code GSI1SK=<createdAt>#<bundleId>}), an {@code Idempotency-Key} {@code SK=KEY#<key>}. Both carry the TTL
 * {@code expiresAt} (epoch seconds) of the bundle. See docs/data-model.md.
 */
@Singleton
public class PassBundleRepository {
    static final String BUNDLE_TYPE = "PassBundle";
    static final String KEY_TYPE = "PassBundleRequestKey";
    /** Fixed width (always milliseconds), so that sort keys order as the times do; {@code Instant.toString} is not. */
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

    private final Table table;
    private final TableReads reads;
    private final TransactionWriter writes;

    public PassBundleRepository(Table table, TableReads reads, TransactionWriter writes) {
        this.table = table;
        this.reads = reads;
        this.writes = writes;
    }

    public Optional<PassBundle> find(String tenantId, String requestedBy, String bundleId) {
        return reads.get(partition(tenantId, requestedBy), bundleSk(bundleId))
                .map(item -> fromItem(tenantId, item));
    }

    /** A page of the contact's bundles created after {@code since} that {@code keep} lets through, newest first. */
    public Slice<PassBundle, PagePosition> pageSince(String tenantId, String requestedBy, Instant since,
                                                     Predicate<PassBundle> keep, int limit, PagePosition after) {
        PageQuery query = new PageQuery(Table.GSI1, q -> q.keyConditionExpression("#pk = :pk AND #sk > :since")
                .expressionAttributeNames(Map.of("#pk", Table.GSI1_PK, "#sk", Table.GSI1_SK))
                .expressionAttributeValues(Map.of(":pk", Item.s(partition(tenantId, requestedBy)),
                        ":since", Item.s(SORTABLE_TIME.format(since))))
                .scanIndexForward(false));
        return reads.page(List.of(query), item -> fromItem(tenantId, item), keep, limit, after);
    }

    /** The transaction item of a new bundle; fails if the id is taken. */
    public TransactWriteItem create(PassBundle bundle) {
        String pk = partition(bundle.tenantId(), bundle.requestedBy());
        Item item = Item.create()
                .withAll(TableReads.key(pk, bundleSk(bundle.bundleId())))
                .with(Table.GSI1_PK, pk)
                .with(Table.GSI1_SK, SORTABLE_TIME.format(bundle.createdAt()) + "#" + bundle.bundleId())
                .with("type", BUNDLE_TYPE)
                .with("bundleId", bundle.bundleId())
                .with("organisationId", bundle.organisationId())
                .with("requestedBy", bundle.requestedBy())
                .with("status", bundle.status().name())
                .with("holderIds", Item.stringList(bundle.holderIds()))
                .with("scope", bundle.scope().name())
                .with("expiryDates", Item.stringList(bundle.expiryDates().stream().map(LocalDate::toString).toList()))
                .with("reference", bundle.reference())
                .with("holderCount", bundle.holderCount())
                .with("createdAt", bundle.createdAt().toString())
                .with(Table.EXPIRES_AT, bundle.expiresAt().getEpochSecond());
        return putIfAbsent(item, null);
    }

    /**
     * The transaction item that binds an {@code Idempotency-Key} to the bundle it created, for as long as the bundle
     * lives; fails if the key is bound already (and not yet expired).
     */
    public TransactWriteItem bindKey(PassBundle bundle, String idempotencyKey, String requestHash, Instant now) {
        Item item = Item.create()
                .withAll(TableReads.key(partition(bundle.tenantId(), bundle.requestedBy()), keySk(idempotencyKey)))
                .with("type", KEY_TYPE)
                .with("bundleId", bundle.bundleId())
                .with("requestHash", requestHash)
                .with(Table.EXPIRES_AT, bundle.expiresAt().getEpochSecond());
        return putIfAbsent(item, now);
    }

    /** The bundle an unexpired key was used for, with the hash of that request. */
    public Optional<BoundKey> findKey(String tenantId, String requestedBy, String idempotencyKey, Instant now) {
        return reads.get(partition(tenantId, requestedBy), keySk(idempotencyKey))
                .filter(item -> item.longValue(Table.EXPIRES_AT, 0) > now.getEpochSecond())
                .map(item -> new BoundKey(item.string("bundleId"), item.string("requestHash")));
    }

    /** READY with what it holds, unless it is READY already; false if it was (or is gone). */
    public boolean markReady(PassBundle bundle, int passCount, List<String> missingHolderIds) {
        return writes.write(List.of(notReady(bundle)
                .set("status", Item.s(BundleStatus.READY.name()))
                .set("passCount", Item.n(passCount))
                .set("missingHolderIds", Item.stringList(missingHolderIds))
                .remove("reason")
                .toTransactItem(table.name()))).committed();
    }

    /** FAILED with the reason, unless an earlier delivery made it READY meanwhile. */
    public void markFailed(PassBundle bundle, String reason) {
        writes.write(List.of(notReady(bundle)
                .set("status", Item.s(BundleStatus.FAILED.name()))
                .set("reason", Item.s(reason))
                .toTransactItem(table.name())));
    }

    private static ItemUpdate notReady(PassBundle bundle) {
        return ItemUpdate.of(TableReads.key(partition(bundle.tenantId(), bundle.requestedBy()),
                        bundleSk(bundle.bundleId())))
                .condition("attribute_exists(#pk) AND #status <> :ready")
                .name("#pk", Table.PK).name("#status", "status")
                .value(":ready", Item.s(BundleStatus.READY.name()));
    }

    /** A Put that fails when the item exists, unless it expired before {@code now} (its TTL deletes it late). */
    private TransactWriteItem putIfAbsent(Item item, Instant now) {
        Put.Builder put = Put.builder().tableName(table.name()).item(item.attributes())
                .expressionAttributeNames(now == null ? Map.of("#pk", Table.PK)
                        : Map.of("#pk", Table.PK, "#expiresAt", Table.EXPIRES_AT));
        if (now == null) {
            put.conditionExpression("attribute_not_exists(#pk)");
        } else {
            put.conditionExpression("attribute_not_exists(#pk) OR #expiresAt <= :now")
                    .expressionAttributeValues(Map.of(":now", Item.n(now.getEpochSecond())));
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    private static PassBundle fromItem(String tenantId, Item item) {
        Instant createdAt = item.instant("createdAt");
        return new PassBundle(tenantId, item.string("bundleId"), item.string("organisationId"),
                item.string("requestedBy"), item.enumValue("status", BundleStatus.class), item.string("reason"),
                item.strings("holderIds"), item.enumValue("scope", BundleScope.class),
                item.strings("expiryDates").stream().map(LocalDate::parse).toList(), item.string("reference"),
                item.integer("passCount"), item.strings("missingHolderIds"), createdAt,
                createdAt.plus(PassBundle.RETENTION));
    }

    private static String partition(String tenantId, String requestedBy) {
        return Keys.entity(tenantId, "BUNDLES", requestedBy);
    }

    private static String bundleSk(String bundleId) {
        return "BUNDLE#" + bundleId;
    }

    private static String keySk(String idempotencyKey) {
        return "KEY#" + idempotencyKey;
    }

    /** An {@code Idempotency-Key} already used: for which bundle, and the hash of the request it came with. */
    public record BoundKey(String bundleId, String requestHash) {
    }
}
