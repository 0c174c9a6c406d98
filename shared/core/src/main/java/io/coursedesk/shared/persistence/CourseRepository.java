package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.InstructorRole;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads courses, and the transaction items other functions write to them. */
@Singleton
public class CourseRepository {
    private final Table table;
    private final TableReads reads;

    public CourseRepository(Table table, TableReads reads) {
        this.table = table;
        this.reads = reads;
    }

    public Optional<Course> find(String tenantId, String courseId) {
        if (!Ids.isValid(courseId)) {
            return Optional.empty();
        }
        return reads.get(CourseItems.pk(tenantId, courseId), CourseItems.SK).map(CourseItems::fromItem);
    }

    /** The courses with these ids that exist, by id. */
    public Map<String, Course> findAll(String tenantId, Collection<String> courseIds) {
        return reads.batchGet(courseIds.stream().filter(Ids::isValid).map(id -> CourseItems.key(tenantId, id)).toList())
                .stream().map(CourseItems::fromItem).collect(Collectors.toMap(Course::id, Function.identity()));
    }

    /** All courses of the provider, by first day. */
    public List<Course> list(String tenantId) {
        return reads.index(Table.GSI1, Table.GSI1_PK, CourseItems.listing(tenantId)).stream()
                .map(CourseItems::fromItem).toList();
    }

    /** The provider's courses whose first day is from {@code from} to {@code to}, both included, by first day. */
    public List<Course> firstDayBetween(String tenantId, LocalDate from, LocalDate to) {
        return reads.indexDays(CourseItems.listing(tenantId), from, to).stream().map(CourseItems::fromItem).toList();
    }

    /**
     * Open courses that start after {@code from} and within {@code months} calendar months of it and still have
     * a free seat, of every provider or of one, by start. One query per month partition.
     */
    public List<Course> catalogue(Instant from, int months, Optional<String> tenantId) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", Table.GSI2_PK, "#sk", Table.GSI2_SK,
                "#confirmed", CourseItems.CONFIRMED_COUNT, "#max", CourseItems.MAX_PARTICIPANTS));
        String filter = "#confirmed < #max";
        if (tenantId.isPresent()) {
            names.put("#tenant", "tenantId");
            filter += " AND #tenant = :tenant";
        }
        String filterExpression = filter;
        List<Course> courses = new ArrayList<>();
        YearMonth first = CourseItems.catalogueMonth(from);
        for (int i = 0; i < months; i++) {
            Map<String, AttributeValue> values = new HashMap<>(Map.of(
                    ":pk", Item.s(CourseItems.catalogue(first.plusMonths(i))),
                    ":from", Item.s(CourseItems.catalogueSortKey(from, "", ""))));
            tenantId.ifPresent(tenant -> values.put(":tenant", Item.s(tenant)));
            reads.query(q -> q.indexName(Table.GSI2)
                            .keyConditionExpression("#pk = :pk AND #sk > :from")
                            .filterExpression(filterExpression)
                            .expressionAttributeNames(names)
                            .expressionAttributeValues(values))
                    .forEach(item -> courses.add(CourseItems.fromItem(item)));
        }
        return courses;
    }

    /**
     * The transaction item that sets (or with a null id clears) the lead or second instructor of a course; its
     * condition fails when the course does not exist or is cancelled.
     */
    public TransactWriteItem assignInstructor(String tenantId, String courseId, InstructorRole role, String instructorId) {
        String attribute = role == InstructorRole.LEAD ? CourseItems.LEAD_INSTRUCTOR : CourseItems.SECOND_INSTRUCTOR;
        ItemUpdate update = ItemUpdate.of(CourseItems.key(tenantId, courseId))
                .condition("#status = :open")
                .name("#status", CourseItems.STATUS)
                .value(":open", Item.s(CourseStatus.OPEN.name()));
        if (instructorId == null) {
            update.remove(attribute);
        } else {
            update.set(attribute, Item.s(instructorId));
        }
        return update.toTransactItem(table.name());
    }
}
