package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Candidate;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Student;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.function.Predicate;

/** Candidate links (manual 004): which students an organisation follows the progress of. */
@Singleton
public class CandidateRepository {
    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public CandidateRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    /**
     * Links the student (again): a Put, so giving a code twice is one link, with the names and time of the latest;
     * for the transaction of the change the code was given with.
     */
    public TransactWriteItem link(Candidate candidate) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(CandidateItems.toItem(candidate)).build()).build();
    }

    /** The student's links, one per organisation they are a candidate of (their own partition, consistent). */
    public List<Candidate> ofStudent(String tenantId, String studentId) {
        return reads.partition(StudentItems.pk(tenantId, studentId), CandidateItems.SK_PREFIX).stream()
                .map(CandidateItems::fromItem).toList();
    }

    /**
     * The link with the student's new name, if it still exists (an unlink meanwhile fails the transaction): for the
     * transaction that renames the student, so the list keeps its order and name filter.
     */
    public TransactWriteItem rename(Candidate link, Student renamed) {
        return ItemUpdate.of(CandidateItems.key(link.tenantId(), link.studentId(), link.organisationId()))
                .set("firstName", Item.s(renamed.firstName())).set("lastName", Item.s(renamed.lastName()))
                .set(Table.GSI1_SK, Item.s(CandidateItems.byName(renamed.firstName(), renamed.lastName(),
                        link.studentId())))
                .condition("attribute_exists(" + Table.PK + ")").toTransactItem(table.name());
    }

    /** @return false if the student was not a candidate of the organisation */
    public boolean unlink(String tenantId, String organisationId, String studentId) {
        return Ids.isValid(organisationId) && Ids.isValid(studentId) && ItemRemoval.deleteExisting(dynamoDb, table,
                CandidateItems.key(tenantId, studentId, organisationId));
    }

    /** Whether the organisation has any candidate: one item read, however many it has. */
    public boolean anyOfOrganisation(String tenantId, String organisationId) {
        return reads.anyInIndex(Table.GSI1, Table.GSI1_PK, CandidateItems.organisationListing(tenantId, organisationId));
    }

    /** A page of the organisation's candidates, by name, of those {@code keep} keeps. */
    public Slice<Candidate, PagePosition> page(String tenantId, String organisationId, Predicate<Candidate> keep,
                                               int limit, PagePosition after) {
        return reads.page(List.of(PageQuery.index(Table.GSI1,
                        CandidateItems.organisationListing(tenantId, organisationId))), CandidateItems::fromItem, keep,
                limit, after);
    }
}
