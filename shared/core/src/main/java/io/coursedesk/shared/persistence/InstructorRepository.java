package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Instructor;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Instructors of a provider. The profile lives in the instructor's own partition
 * ({@code PK=T#<t>#INSTRUCTOR#<id>, SK=INSTRUCTOR}), beside the instructor's bookings
 * ({@code SK=BOOKING#<date>#<courseId>}); GSI1 ({@code T#<t>#INSTRUCTORS}, by name) lists the provider's
 * instructors without a scan.
 */
@Singleton
public class InstructorRepository {
    public static final String KIND = "INSTRUCTOR";
    private static final String PROFILE_SK = "INSTRUCTOR";
    private static final String LISTING = "INSTRUCTORS";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public InstructorRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    /** Stores a new instructor; the id must be fresh. */
    public void add(Instructor instructor) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(toItem(instructor).attributes())
                .conditionExpression("attribute_not_exists(" + Table.PK + ")"));
    }

    /** Replaces the profile of an existing instructor (the bookings stay); false if it no longer exists. */
    public boolean replace(Instructor instructor) {
        try {
            dynamoDb.putItem(b -> b.tableName(table.name()).item(toItem(instructor).attributes())
                    .conditionExpression("attribute_exists(" + Table.PK + ")"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    /** Removes the instructor's profile; their past bookings stay as the history of those courses. */
    public boolean remove(String tenantId, String instructorId) {
        return ItemRemoval.deleteExisting(dynamoDb, table,
                TableReads.key(Keys.entity(tenantId, KIND, instructorId), PROFILE_SK));
    }

    /** The instructor, if the id names one of this provider's instructors. */
    public Optional<Instructor> find(String tenantId, String instructorId) {
        if (!Ids.isValid(instructorId)) {
            return Optional.empty();
        }
        return reads.get(Keys.entity(tenantId, KIND, instructorId), PROFILE_SK).map(item -> fromItem(tenantId, item));
    }

    /** A page of the provider's instructors that {@code keep} lets through, by name. */
    public Slice<Instructor, PagePosition> page(String tenantId, Predicate<Instructor> keep, int limit,
                                                PagePosition after) {
        return reads.page(List.of(PageQuery.index(Table.GSI1, Keys.collection(tenantId, LISTING))),
                item -> fromItem(tenantId, item), keep, limit, after);
    }

    private static Item toItem(Instructor instructor) {
        Item item = Item.create()
                .with(Table.PK, Keys.entity(instructor.tenantId(), KIND, instructor.id()))
                .with(Table.SK, PROFILE_SK)
                .with(Table.GSI1_PK, Keys.collection(instructor.tenantId(), LISTING))
                .with(Table.GSI1_SK, instructor.name().toLowerCase(Locale.ROOT) + "#" + instructor.id())
                .with("id", instructor.id())
                .with("name", instructor.name())
                .with("email", instructor.email())
                .with("external", instructor.external())
                .with("createdAt", instructor.createdAt());
        if (!instructor.courseTypes().isEmpty()) {
            item.with("courseTypes", AttributeValue.fromSs(List.copyOf(instructor.courseTypes())));
        }
        return item;
    }

    private static Instructor fromItem(String tenantId, Item item) {
        AttributeValue types = item.attributes().get("courseTypes");
        return new Instructor(item.string("id"), tenantId, item.string("name"), item.string("email"),
                types == null ? Set.of() : new HashSet<>(types.ss()), item.flag("external"),
                item.instant("createdAt"));
    }
}
