package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Address;
import io.coursedesk.shared.domain.Organisation;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Organisation items: {@code PK=T#<t>#ORGANISATION#<o>, SK=ORGANISATION}; GSI1 {@code T#<t>#ORGANISATIONS} by name. */
public final class OrganisationItems {
    public static final String SK = "ORGANISATION";
    static final String STUDENTS_MAY_NAME_PAYER = "studentsMayNamePayer";
    /** The optional attributes of the admin's form, removed by an update that leaves them out. */
    static final List<String> OPTIONAL_PROFILE = List.of("address", "contactName", "contactEmail", "billingEmail", "remarks");

    private OrganisationItems() {
    }

    public static String pk(String tenantId, String organisationId) {
        return Keys.entity(tenantId, "ORGANISATION", organisationId);
    }

    public static Map<String, AttributeValue> key(String tenantId, String organisationId) {
        return TableReads.key(pk(tenantId, organisationId), SK);
    }

    /** The GSI1 partition of the membership items of the organisation's qualification holders (pass-bundles). */
    public static String holdersListing(String tenantId, String organisationId) {
        return pk(tenantId, organisationId) + "#HOLDERS";
    }

    /** The GSI2 partition of the organisation's equipment certifications (reminders). */
    public static String equipmentListing(String tenantId, String organisationId) {
        return pk(tenantId, organisationId) + "#EQUIPMENT";
    }

    public static String listing(String tenantId) {
        return Keys.collection(tenantId, "ORGANISATIONS");
    }

    public static Map<String, AttributeValue> toItem(Organisation organisation) {
        return Item.of(new HashMap<>(key(organisation.tenantId(), organisation.id())))
                .with("organisationId", organisation.id())
                .with(STUDENTS_MAY_NAME_PAYER, organisation.studentsMayNamePayer())
                .withAll(profile(organisation)).attributes();
    }

    /**
     * What the admin's form sets: every attribute but the ids and what the organisation decides itself. Absent
     * optional fields are absent from the map, so {@link OrganisationRepository#update} removes them.
     */
    static Map<String, AttributeValue> profile(Organisation organisation) {
        Address address = organisation.address();
        Item item = Item.create()
                .with(Table.GSI1_PK, listing(organisation.tenantId()))
                .with(Table.GSI1_SK, organisation.name().toLowerCase(Locale.ROOT) + "#" + organisation.id())
                .with("tenantId", organisation.tenantId())
                .with("name", organisation.name())
                .with("contactName", organisation.contactName())
                .with("contactEmail", organisation.contactEmail())
                .with("billingEmail", organisation.billingEmail())
                .with("remarks", organisation.remarks())
                .with("correspondenceViaContact", organisation.correspondenceViaContact())
                .with("createdAt", organisation.createdAt());
        if (address != null) {
            item.with("address", Item.create().with("street", address.street())
                    .with("postalCode", address.postalCode()).with("city", address.city())
                    .with("country", address.country()).asMap());
        }
        return item.attributes();
    }

    public static Organisation fromItem(Item item) {
        AttributeValue address = item.attributes().get("address");
        Address parsed = null;
        if (address != null && address.hasM()) {
            Item fields = Item.of(address.m());
            parsed = new Address(fields.string("street"), fields.string("postalCode"), fields.string("city"),
                    fields.string("country"));
        }
        return new Organisation(item.string("organisationId"), item.string("tenantId"), item.string("name"), parsed,
                item.string("contactName"), item.string("contactEmail"), item.string("billingEmail"),
                item.string("remarks"), item.flag("correspondenceViaContact"), item.instant("createdAt"),
                !Boolean.FALSE.equals(item.bool(STUDENTS_MAY_NAME_PAYER)));
    }
}
