package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Programme;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.List;
import java.util.Optional;

/** The provider's programmes (manual 004's routes): nothing else refers to one, so each change is one item. */
@Singleton
public class ProgrammeRepository {
    private static final String EXISTS = "attribute_exists(" + Table.PK + ")";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public ProgrammeRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<Programme> find(String tenantId, String programmeId) {
        if (!Ids.isValid(programmeId)) {
            return Optional.empty();
        }
        return reads.get(ProgrammeItems.pk(tenantId, programmeId), ProgrammeItems.SK).map(ProgrammeItems::fromItem);
    }

    /** Every programme of the provider, by name (a provider has a handful). */
    public List<Programme> all(String tenantId) {
        return reads.index(Table.GSI1, Table.GSI1_PK, ProgrammeItems.listing(tenantId)).stream()
                .map(ProgrammeItems::fromItem).toList();
    }

    /** A page of the provider's programmes, by name. */
    public Slice<Programme, PagePosition> page(String tenantId, int limit, PagePosition after) {
        return reads.page(PageQuery.index(Table.GSI1, ProgrammeItems.listing(tenantId)), ProgrammeItems::fromItem,
                limit, after);
    }

    public void create(Programme programme) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(ProgrammeItems.toItem(programme))
                .conditionExpression("attribute_not_exists(" + Table.PK + ")"));
    }

    /** @return false if the programme does not exist */
    public boolean replace(Programme programme) {
        try {
            dynamoDb.putItem(b -> b.tableName(table.name()).item(ProgrammeItems.toItem(programme))
                    .conditionExpression(EXISTS));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** @return false if the programme did not exist */
    public boolean remove(String tenantId, String programmeId) {
        return Ids.isValid(programmeId)
                && ItemRemoval.deleteExisting(dynamoDb, table, ProgrammeItems.key(tenantId, programmeId));
    }
}
