package io.coursedesk.invitations.templates;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.MailTemplates;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A provider's templates, all in one partition of the provider ({@code MailTemplates}: {@code PK=T#<t>#TEMPLATES},
 * {@code SK=TEMPLATE#<id>}): one query lists them, and a key built for one provider cannot reach another's.
 */
@Singleton
public class TemplateRepository {
    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public TemplateRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<EmailTemplate> find(String tenantId, String templateId) {
        if (!Ids.isValid(templateId)) {
            return Optional.empty();
        }
        return reads.get(MailTemplates.pk(tenantId), MailTemplates.sk(templateId)).map(TemplateRepository::fromItem);
    }

    /** The provider's templates by name. */
    public List<EmailTemplate> list(String tenantId) {
        return reads.partition(MailTemplates.pk(tenantId), MailTemplates.SK_PREFIX).stream()
                .map(TemplateRepository::fromItem)
                .sorted(Comparator.comparing((EmailTemplate t) -> t.name().toLowerCase()).thenComparing(EmailTemplate::id))
                .toList();
    }

    /** Creates or replaces the template. */
    public void save(EmailTemplate template) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(Item.create()
                .with(Table.PK, MailTemplates.pk(template.tenantId()))
                .with(Table.SK, MailTemplates.sk(template.id()))
                .with("id", template.id())
                .with("tenantId", template.tenantId())
                .with("name", template.name())
                .with("subject", template.subject())
                .with("body", template.body())
                .with("courseType", template.courseType())
                .with("bulk", template.bulk())
                .with("createdAt", template.createdAt())
                .with("updatedAt", template.updatedAt())
                .attributes()));
    }

    /** @return false when there was no such template */
    public boolean delete(String tenantId, String templateId) {
        if (!Ids.isValid(templateId)) {
            return false;
        }
        try {
            dynamoDb.deleteItem(b -> b.tableName(table.name())
                    .key(TableReads.key(MailTemplates.pk(tenantId), MailTemplates.sk(templateId)))
                    .conditionExpression("attribute_exists(" + Table.PK + ")"));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }

    private static EmailTemplate fromItem(Item item) {
        return new EmailTemplate(item.string("id"), item.string("tenantId"), item.string("name"),
                item.string("subject"), item.string("body"), item.string("courseType"), item.flag("bulk"),
                item.instant("createdAt"), item.instant("updatedAt"));
    }
}
