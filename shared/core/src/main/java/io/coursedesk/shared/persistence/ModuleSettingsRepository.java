package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.ModuleSettings;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A provider's module switches: {@code PK=T#<t>#SETTINGS, SK=MODULES}, one boolean attribute per module named by
 * {@link Module#key()}. No item, or a module without its attribute, means on.
 */
@Singleton
public class ModuleSettingsRepository {
    private static final String SK = "MODULES";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public ModuleSettingsRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public ModuleSettings find(String tenantId) {
        return reads.get(pk(tenantId), SK).map(item -> {
            Set<Module> on = EnumSet.noneOf(Module.class);
            for (Module module : Module.values()) {
                Boolean value = item.bool(module.key());
                if (value == null || value) {
                    on.add(module);
                }
            }
            return new ModuleSettings(on);
        }).orElse(ModuleSettings.ALL_ON);
    }

    /** Replaces the provider's switches. */
    public void save(String tenantId, ModuleSettings settings, Instant updatedAt) {
        Item item = Item.create()
                .with(Table.PK, pk(tenantId))
                .with(Table.SK, SK)
                .with("tenantId", tenantId)
                .with("updatedAt", updatedAt);
        for (Module module : Module.values()) {
            item.with(module.key(), settings.isOn(module));
        }
        dynamoDb.putItem(b -> b.tableName(table.name()).item(item.attributes()));
    }

    private static String pk(String tenantId) {
        return Keys.collection(tenantId, "SETTINGS");
    }
}
