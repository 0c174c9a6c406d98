package io.coursedesk.reminders.settings;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A provider's reminder settings: {@code PK=T#<t>#SETTINGS, SK=REMINDERS}. While any reminder is on, the item is
 * also in the GSI1 partition {@code REMINDER_SETTINGS} (sort key the tenant), so the daily run finds the providers
 * that want reminders with one query and no Scan.
 */
@Singleton
public class ReminderSettingsRepository {
    static final String ENABLED_PARTITION = "REMINDER_SETTINGS";
    private static final String SK = "REMINDERS";
    private static final String COURSE = "courseReminder";
    private static final String CERTIFICATE = "certificateReminder";
    private static final String CUSTOMER = "customerReminder";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public ReminderSettingsRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<ReminderSettings> find(String tenantId) {
        return reads.get(pk(tenantId), SK).map(ReminderSettingsRepository::fromItem);
    }

    /** Replaces the provider's settings. */
    public void save(String tenantId, ReminderSettings settings, Instant updatedAt) {
        Item item = Item.create()
                .with(Table.PK, pk(tenantId))
                .with(Table.SK, SK)
                .with("tenantId", tenantId)
                .with(COURSE, courseItem(settings.courseReminder()))
                .with(CERTIFICATE, expiryItem(settings.certificateReminder()))
                .with(CUSTOMER, expiryItem(settings.customerReminder()))
                .with("updatedAt", updatedAt);
        if (settings.anyEnabled()) {
            item.with(Table.GSI1_PK, ENABLED_PARTITION).with(Table.GSI1_SK, tenantId);
        }
        dynamoDb.putItem(b -> b.tableName(table.name()).item(item.attributes()));
    }

    /** The providers with at least one reminder on, with their settings (one query on GSI1). */
    public List<ProviderReminders> withAnyEnabled() {
        return reads.index(Table.GSI1, Table.GSI1_PK, ENABLED_PARTITION).stream()
                .map(item -> new ProviderReminders(item.string("tenantId"), fromItem(item)))
                .toList();
    }

    private static String pk(String tenantId) {
        return Keys.collection(tenantId, "SETTINGS");
    }

    private static AttributeValue courseItem(CourseReminder reminder) {
        return Item.create().with("enabled", reminder.enabled()).with("daysBefore", reminder.daysBefore())
                .with("templateId", reminder.templateId()).asMap();
    }

    private static AttributeValue expiryItem(ExpiryReminder reminder) {
        return Item.create().with("enabled", reminder.enabled()).with("weeksBefore", reminder.weeksBefore())
                .with("templateId", reminder.templateId()).asMap();
    }

    private static ReminderSettings fromItem(Item item) {
        Item course = nested(item, COURSE);
        return new ReminderSettings(
                new CourseReminder(course.flag("enabled"), course.integer("daysBefore"), course.string("templateId")),
                expiryFromItem(nested(item, CERTIFICATE)), expiryFromItem(nested(item, CUSTOMER)));
    }

    private static ExpiryReminder expiryFromItem(Item reminder) {
        return new ExpiryReminder(reminder.flag("enabled"), reminder.integer("weeksBefore"),
                reminder.string("templateId"));
    }

    private static Item nested(Item item, String name) {
        return Item.of(item.attributes().get(name).m());
    }

    /** A provider with reminders on and what it wants. */
    public record ProviderReminders(String tenantId, ReminderSettings settings) {
    }
}
