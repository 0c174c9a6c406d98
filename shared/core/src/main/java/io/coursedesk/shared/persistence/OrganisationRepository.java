package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
public class OrganisationRepository {
    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public OrganisationRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<Organisation> find(String tenantId, String organisationId) {
        return find(tenantId, organisationId, OrganisationItems::fromItem);
    }

    /** The organisation's item as {@code read} makes it: its details with what a feature keeps on it (licences). */
    public <T> Optional<T> find(String tenantId, String organisationId, Function<Item, T> read) {
        if (!Ids.isValid(organisationId)) {
            return Optional.empty();
        }
        return reads.get(OrganisationItems.pk(tenantId, organisationId), OrganisationItems.SK).map(read);
    }

    /** The organisations with these ids that exist, by id. */
    public Map<String, Organisation> findAll(String tenantId, Collection<String> organisationIds) {
        return reads.batchGet(organisationIds.stream().filter(Ids::isValid)
                        .map(id -> OrganisationItems.key(tenantId, id)).toList())
                .stream().map(OrganisationItems::fromItem)
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    /** A page of the provider's customers, by name. */
    public Slice<Organisation, PagePosition> page(String tenantId, int limit, PagePosition after) {
        return page(tenantId, limit, after, OrganisationItems::fromItem);
    }

    /** A page of the provider's customers by name, each item as {@code read} makes it. */
    public <T> Slice<T, PagePosition> page(String tenantId, int limit, PagePosition after, Function<Item, T> read) {
        return reads.page(PageQuery.index(Table.GSI1, OrganisationItems.listing(tenantId)), read, limit, after);
    }

    /** Whether any qualification holder (pass-bundles) has a membership of the organisation. */
    public boolean hasHolderMemberships(String tenantId, String organisationId) {
        return reads.anyInIndex(Table.GSI1, Table.GSI1_PK, OrganisationItems.holdersListing(tenantId, organisationId));
    }

    /** Whether the provider keeps equipment certifications (reminders) of the organisation. */
    public boolean hasEquipmentCertifications(String tenantId, String organisationId) {
        return reads.anyInIndex(Table.GSI2, Table.GSI2_PK, OrganisationItems.equipmentListing(tenantId, organisationId));
    }

    /** Whether the provider made payment codes for the organisation. */
    public boolean hasPaymentCodes(String tenantId, String organisationId) {
        return reads.anyInIndex(Table.GSI2, Table.GSI2_PK, PaymentCodeItems.organisationListing(tenantId, organisationId));
    }

    /** Creates the organisation. */
    public void save(Organisation organisation) {
        save(organisation, Map.of());
    }

    /** Creates the organisation with the attributes a feature keeps on its item (licences). */
    public void save(Organisation organisation, Map<String, AttributeValue> more) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(Item.of(OrganisationItems.toItem(organisation))
                .withAll(more).attributes()));
    }

    /**
     * Replaces what the admin's form holds and leaves the rest of the item (what the organisation decides, counters
     * other features keep on it) as it is, so a concurrent change of those is never lost.
     *
     * @return false if the organisation does not exist
     */
    public boolean update(Organisation organisation) {
        return update(organisation, Map.of());
    }

    /** {@link #update(Organisation)} that also sets the attributes a feature keeps on the item (licences). */
    public boolean update(Organisation organisation, Map<String, AttributeValue> more) {
        Map<String, AttributeValue> profile = OrganisationItems.profile(organisation);
        ItemUpdate update = ItemUpdate.of(OrganisationItems.key(organisation.tenantId(), organisation.id()))
                .setAll(profile).setAll(more).condition("attribute_exists(" + Table.PK + ")");
        OrganisationItems.OPTIONAL_PROFILE.stream().filter(name -> !profile.containsKey(name)).forEach(update::remove);
        return conditionHolds(update);
    }

    /** @return false if the organisation does not exist */
    public boolean setStudentsMayNamePayer(String tenantId, String organisationId, boolean allowed) {
        return Ids.isValid(organisationId) && conditionHolds(ItemUpdate.of(OrganisationItems.key(tenantId, organisationId))
                .set(OrganisationItems.STUDENTS_MAY_NAME_PAYER, AttributeValue.fromBool(allowed))
                .condition("attribute_exists(" + Table.PK + ")"));
    }

    private boolean conditionHolds(ItemUpdate update) {
        try {
            dynamoDb.updateItem(update.toRequest(table.name()));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
