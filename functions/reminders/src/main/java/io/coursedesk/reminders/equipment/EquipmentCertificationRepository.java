package io.coursedesk.reminders.equipment;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemRemoval;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.PageQuery;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Equipment certifications: {@code PK=T#<t>#EQUIPMENT#<id>, SK=EQUIPMENT}, listed by remind-from date in the GSI1
 * partition {@code T#<t>#EQUIPMENT} (so the dashboard reads only those whose date has come) and per customer in the
 * GSI2 partition {@code T#<t>#ORGANISATION#<o>#EQUIPMENT} (so a customer with certifications is not removed).
 */
@Singleton
public class EquipmentCertificationRepository {
    private static final String SK = "EQUIPMENT";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public EquipmentCertificationRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<EquipmentCertification> find(String tenantId, String equipmentCertificationId) {
        return reads.get(pk(tenantId, equipmentCertificationId), SK).map(EquipmentCertificationRepository::fromItem);
    }

    public void create(EquipmentCertification certification) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(toItem(certification))
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Table.PK)));
    }

    /** Replaces an existing one; false if it was removed meanwhile. */
    public boolean replace(EquipmentCertification certification) {
        try {
            dynamoDb.putItem(b -> b.tableName(table.name()).item(toItem(certification))
                    .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(Map.of("#pk", Table.PK)));
            return true;
        } catch (ConditionalCheckFailedException removed) {
            return false;
        }
    }

    public boolean remove(String tenantId, String equipmentCertificationId) {
        return ItemRemoval.deleteExisting(dynamoDb, table, TableReads.key(pk(tenantId, equipmentCertificationId), SK));
    }

    /** The first {@code limit} whose remind-from date is today or earlier, earliest first: one query of that page. */
    public List<EquipmentCertification> dueOn(String tenantId, LocalDate today, int limit) {
        return dynamoDb.query(q -> q.tableName(table.name()).indexName(Table.GSI1)
                        .keyConditionExpression("#pk = :pk AND #sk <= :today")
                        .expressionAttributeNames(Map.of("#pk", Table.GSI1_PK, "#sk", Table.GSI1_SK))
                        .expressionAttributeValues(Map.of(":pk", Item.s(listing(tenantId)),
                                ":today", Item.s(today + "#\uffff")))
                        .limit(limit))
                .items().stream().map(Item::of).map(EquipmentCertificationRepository::fromItem).toList();
    }

    /** A page of the provider's, or one customer's, equipment certifications by remind-from date. */
    public Slice<EquipmentCertification, PagePosition> page(String tenantId, String organisationId, int limit,
                                                            PagePosition after) {
        PageQuery query = organisationId == null ? PageQuery.index(Table.GSI1, listing(tenantId))
                : PageQuery.index(Table.GSI2, OrganisationItems.equipmentListing(tenantId, organisationId));
        return reads.page(query, EquipmentCertificationRepository::fromItem, limit, after);
    }

    static String listing(String tenantId) {
        return Keys.collection(tenantId, "EQUIPMENT");
    }

    private static String pk(String tenantId, String equipmentCertificationId) {
        return Keys.entity(tenantId, "EQUIPMENT", equipmentCertificationId);
    }

    private static Map<String, AttributeValue> toItem(EquipmentCertification certification) {
        String tenantId = certification.tenantId();
        String order = certification.remindFrom() + "#" + certification.equipmentCertificationId();
        return Item.create()
                .with(Table.PK, pk(tenantId, certification.equipmentCertificationId()))
                .with(Table.SK, SK)
                .with(Table.GSI1_PK, listing(tenantId))
                .with(Table.GSI1_SK, order)
                .with(Table.GSI2_PK, OrganisationItems.equipmentListing(tenantId, certification.organisationId()))
                .with(Table.GSI2_SK, order)
                .with("equipmentCertificationId", certification.equipmentCertificationId())
                .with("tenantId", tenantId)
                .with("organisationId", certification.organisationId())
                .with("item", certification.item())
                .with("inspectionType", certification.inspectionType())
                .with("expiryDate", certification.expiryDate().toString())
                .with("remindFrom", certification.remindFrom().toString())
                .with("remarks", certification.remarks())
                .with("createdAt", certification.createdAt())
                .with("updatedAt", certification.updatedAt())
                .attributes();
    }

    static EquipmentCertification fromItem(Item item) {
        return new EquipmentCertification(item.string("equipmentCertificationId"), item.string("tenantId"),
                item.string("organisationId"), item.string("item"), item.string("inspectionType"),
                item.date("expiryDate"), item.date("remindFrom"), item.string("remarks"), item.instant("createdAt"),
                item.instant("updatedAt"));
    }
}
