package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.OrganisationCode;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Organisation codes: the code is an attribute of the organisation item, and its uniqueness per provider is kept by
 * a code item written (only if absent) in the same transaction that sets the attribute; the transaction that changes
 * the code deletes the old code item, so the old code is free again.
 */
@Singleton
public class OrganisationCodes {
    private static final int ORGANISATION = 0;
    private static final int NEW_CODE = 1;

    private final TableReads reads;
    private final TransactionWriter writer;
    private final Table table;

    public OrganisationCodes(TableReads reads, TransactionWriter writer, Table table) {
        this.reads = reads;
        this.writer = writer;
        this.table = table;
    }

    /** The organisation holding this code (as a person gives it: any case, spaces around), if it is taken. */
    public Optional<String> organisationWith(String tenantId, String code) {
        String normal = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
        if (!OrganisationCode.isWellFormed(normal)) {
            return Optional.empty();
        }
        return reads.get(CandidateItems.codePk(tenantId, normal), CandidateItems.CODE_SK)
                .map(item -> item.string("organisationId"));
    }

    /** The organisation's code (null when it has none), or empty when there is no such organisation. */
    public Optional<OrganisationCode> of(String tenantId, String organisationId) {
        if (!Ids.isValid(organisationId)) {
            return Optional.empty();
        }
        return reads.get(OrganisationItems.pk(tenantId, organisationId), OrganisationItems.SK)
                .map(item -> new OrganisationCode(organisationId, item.string(CandidateItems.CODE)));
    }

    /**
     * Gives the organisation the code {@code wanted} in place of {@code current} (as read; null: none), in one
     * transaction: the organisation's attribute if it is still {@code current}, the new code item if no organisation
     * holds the code, and the removal of the old code item.
     */
    public Change change(String tenantId, OrganisationCode current, String wanted) {
        String tableName = table.name();
        ItemUpdate organisation = ItemUpdate.of(OrganisationItems.key(tenantId, current.organisationId()))
                .set(CandidateItems.CODE, Item.s(wanted))
                .condition("attribute_exists(" + Table.PK + ")");
        if (current.code() == null) {
            organisation.condition("attribute_not_exists(#code)").name("#code", CandidateItems.CODE);
        } else {
            organisation.condition("#code = :current").name("#code", CandidateItems.CODE)
                    .value(":current", Item.s(current.code()));
        }
        List<TransactWriteItem> items = new ArrayList<>(List.of(organisation.toTransactItem(tableName),
                TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                        .item(CandidateItems.codeItem(tenantId, new OrganisationCode(current.organisationId(), wanted)))
                        .conditionExpression("attribute_not_exists(" + Table.PK + ")").build()).build()));
        if (current.code() != null) {
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(tableName)
                    .key(CandidateItems.codeKey(tenantId, current.code()))
                    .conditionExpression("organisationId = :organisation")
                    .expressionAttributeValues(Map.of(":organisation", Item.s(current.organisationId())))
                    .build()).build());
        }
        TransactionWriter.Outcome outcome = writer.write(items);
        if (outcome.committed()) {
            return Change.CHANGED;
        }
        return outcome.conditionFailed(NEW_CODE) && !outcome.conditionFailed(ORGANISATION) ? Change.TAKEN
                : Change.CHANGED_MEANWHILE;
    }

    /**
     * Takes the organisation's code away and frees it: one transaction, the organisation's attribute removed if it is
     * still {@code current} (as read, not null) and the code item deleted if it is still the organisation's.
     *
     * @return false when the organisation is gone or its code changed since it was read (read again)
     */
    public boolean clear(String tenantId, OrganisationCode current) {
        String tableName = table.name();
        return writer.write(List.of(
                ItemUpdate.of(OrganisationItems.key(tenantId, current.organisationId())).remove(CandidateItems.CODE)
                        .condition("attribute_exists(" + Table.PK + ")").condition("#code = :current")
                        .name("#code", CandidateItems.CODE).value(":current", Item.s(current.code()))
                        .toTransactItem(tableName),
                TransactWriteItem.builder().delete(Delete.builder().tableName(tableName)
                        .key(CandidateItems.codeKey(tenantId, current.code()))
                        .conditionExpression("organisationId = :organisation")
                        .expressionAttributeValues(Map.of(":organisation", Item.s(current.organisationId())))
                        .build()).build())).committed();
    }

    /**
     * Removes the organisation with its code item, so the code is free again: one transaction, conditioned on the
     * organisation still having the code read (none: none).
     *
     * @return false when the organisation is gone or its code changed since it was read (read again)
     */
    public boolean remove(String tenantId, OrganisationCode current) {
        String tableName = table.name();
        Delete.Builder organisation = Delete.builder().tableName(tableName)
                .key(OrganisationItems.key(tenantId, current.organisationId()))
                .expressionAttributeNames(Map.of("#pk", Table.PK, "#code", CandidateItems.CODE));
        List<TransactWriteItem> items = new ArrayList<>();
        if (current.code() == null) {
            organisation.conditionExpression("attribute_exists(#pk) AND attribute_not_exists(#code)");
        } else {
            organisation.conditionExpression("attribute_exists(#pk) AND #code = :code")
                    .expressionAttributeValues(Map.of(":code", Item.s(current.code())));
            items.add(TransactWriteItem.builder().delete(Delete.builder().tableName(tableName)
                    .key(CandidateItems.codeKey(tenantId, current.code())).build()).build());
        }
        items.add(0, TransactWriteItem.builder().delete(organisation.build()).build());
        return writer.write(items).committed();
    }

    /** What became of a change of code. */
    public enum Change {
        CHANGED,
        /** Another organisation of the provider holds the code. */
        TAKEN,
        /** The organisation was removed or its code changed since it was read (or a concurrent transaction): read again. */
        CHANGED_MEANWHILE
    }
}
