package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Student;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
public class StudentRepository {
    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public StudentRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<Student> find(String tenantId, String studentId) {
        if (!Ids.isValid(studentId)) {
            return Optional.empty();
        }
        return reads.get(StudentItems.pk(tenantId, studentId), StudentItems.SK).map(StudentItems::fromItem);
    }

    /** The student as read for a change (consistent), with the version that guards it ({@link StudentWrites}). */
    public Optional<StudentWrites.StudentAsRead> findForChange(String tenantId, String studentId) {
        if (!Ids.isValid(studentId)) {
            return Optional.empty();
        }
        return reads.get(StudentItems.pk(tenantId, studentId), StudentItems.SK).map(StudentWrites.StudentAsRead::of);
    }

    /** The students with these ids that exist, by id. */
    public Map<String, Student> findAll(String tenantId, Collection<String> studentIds) {
        return reads.batchGet(studentIds.stream().filter(Ids::isValid)
                        .map(id -> StudentItems.key(tenantId, id)).toList())
                .stream().map(StudentItems::fromItem)
                .collect(Collectors.toMap(Student::id, Function.identity()));
    }

    /** A page of the provider's students, by name. */
    public Slice<Student, PagePosition> page(String tenantId, int limit, PagePosition after) {
        return reads.page(PageQuery.index(Table.GSI1, StudentItems.listing(tenantId)), StudentItems::fromItem,
                limit, after);
    }

    /** A page of the students linked to the organisation, by name. */
    public Slice<Student, PagePosition> pageByOrganisation(String tenantId, String organisationId, int limit,
                                                           PagePosition after) {
        return reads.page(PageQuery.index(Table.GSI2, StudentItems.organisationListing(tenantId, organisationId)),
                StudentItems::fromItem, limit, after);
    }

    /**
     * Hands every student linked to the organisation to {@code students}, by name, in pages of {@code pageSize},
     * reading only what a {@link Student} holds.
     */
    public void forEachOfOrganisation(String tenantId, String organisationId, int pageSize, Consumer<Student> students) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", Table.GSI2_PK));
        StudentItems.STUDENT_ATTRIBUTES.forEach(attribute -> names.put("#" + attribute, attribute));
        reads.forEach(q -> q.indexName(Table.GSI2).limit(pageSize).keyConditionExpression("#pk = :pk")
                        .projectionExpression(String.join(", ", StudentItems.STUDENT_ATTRIBUTES.stream()
                                .map(attribute -> "#" + attribute).toList()))
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(Map.of(":pk",
                                Item.s(StudentItems.organisationListing(tenantId, organisationId)))),
                item -> students.accept(StudentItems.fromItem(item)));
    }

    /**
     * The provider's student with this email (case-insensitive), if any: the provider's whole listing, filtered,
     * so only for rare work (a person's sign-up at a provider), never a list route.
     */
    public Optional<Student> findByEmail(String tenantId, String email) {
        return reads.index(Table.GSI1, Table.GSI1_PK, StudentItems.listing(tenantId)).stream()
                .map(StudentItems::fromItem).filter(student -> email.equalsIgnoreCase(student.email())).findFirst();
    }

    /** Whether any student is linked to the organisation. */
    public boolean anyOfOrganisation(String tenantId, String organisationId) {
        return reads.anyInIndex(Table.GSI2, Table.GSI2_PK, StudentItems.organisationListing(tenantId, organisationId));
    }

    /** Removes the student; false if it did not exist. */
    public boolean remove(String tenantId, String studentId) {
        return ItemRemoval.deleteExisting(dynamoDb, table, StudentItems.key(tenantId, studentId));
    }

    /** Creates or replaces the student. */
    public void save(Student student) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(StudentItems.toItem(student)));
    }
}
