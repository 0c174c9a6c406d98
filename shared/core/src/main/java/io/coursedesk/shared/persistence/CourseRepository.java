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
import java.util.function.Predicate;
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

    /** A page of the provider's courses that {@code keep} lets through, by first day. */
    public Slice<Course, PagePosition> page(String tenantId, Predicate<Course> keep, int limit, PagePosition after) {
        return reads.page(List.of(PageQuery.index(Table.GSI1, CourseItems.listing(tenantId))), CourseItems::fromItem,
                keep, limit, after);
    }

    /** The provider's courses whose first day is from {@code from} to {@code to}, both included, by first day. */
    public List<Course> firstDayBetween(String tenantId, LocalDate from, LocalDate to) {
        return reads.indexDays(CourseItems.listing(tenantId), from, to).stream().map(CourseItems::fromItem).toList();
    }

    /**
     * A page of the open courses that start after {@code from} and within {@code months} calendar months of it
     * and still have a free seat, of every provider or of one, by start, as far as {@code keep} lets them
     * through. One query per month partition, read as far as the page needs.
     */
    public Slice<Course, PagePosition> cataloguePage(Instant from, int months, Optional<String> tenantId,
                                                     Predicate<Course> keep, int limit, PagePosition after) {
        Map<String, String> names = new HashMap<>(Map.of("#pk", Table.GSI2_PK, "#sk", Table.GSI2_SK,
                "#confirmed", CourseItems.CONFIRMED_COUNT, "#max", CourseItems.MAX_PARTICIPANTS));
        String filter = "#confirmed < #max";
        if (tenantId.isPresent()) {
            names.put("#tenant", "tenantId");
            filter += " AND #tenant = :tenant";
        }
        String filterExpression = filter;
        List<PageQuery> queries = new ArrayList<>();
        List<String> partitions = new ArrayList<>();
        YearMonth first = CourseItems.catalogueMonth(from);
        for (int i = 0; i < months; i++) {
            String partition = CourseItems.catalogue(first.plusMonths(i));
            partitions.add(partition);
            Map<String, AttributeValue> values = new HashMap<>(Map.of(
                    ":pk", Item.s(partition),
                    ":from", Item.s(CourseItems.catalogueSortKey(from, "", ""))));
            tenantId.ifPresent(tenant -> values.put(":tenant", Item.s(tenant)));
            queries.add(new PageQuery(Table.GSI2, q -> q.keyConditionExpression("#pk = :pk AND #sk > :from")
                    .filterExpression(filterExpression)
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values)));
        }
        return reads.page(queries, CourseItems::fromItem, keep, limit, inMonthOf(after, partitions));
    }

    /**
     * The position by the month partition it is in, not by its place among the months: when a new month began
     * since the previous page, the months move up by one. A position in a month that has passed continues at the
     * start of the first month (everything shown was in that earlier month).
     */
    private static PagePosition inMonthOf(PagePosition after, List<String> partitions) {
        if (after == null) {
            return null;
        }
        int month = partitions.indexOf(after.after().get(Table.GSI2_PK));
        return month < 0 ? null : new PagePosition(month, after.after());
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
