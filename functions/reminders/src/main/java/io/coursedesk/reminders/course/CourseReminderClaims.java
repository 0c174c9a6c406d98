package io.coursedesk.reminders.course;

import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which course reminders were sent: one claim item per enrolment and first day in the course's partition
 * ({@code PK=T#<t>#COURSE#<c>, SK=REMINDER#COURSE#<enrolmentId>#<firstDay>}), written with its event only if it
 * does not exist yet, so a reminder is published once however often the schedule runs.
 */
@Singleton
public class CourseReminderClaims {
    private static final String PREFIX = "REMINDER#COURSE#";

    private final Table table;
    private final TableReads reads;

    public CourseReminderClaims(Table table, TableReads reads) {
        this.table = table;
        this.reads = reads;
    }

    /** The sort keys of the course's claimed reminders (one query on its partition). */
    Set<String> claimed(String tenantId, String courseId) {
        return reads.partition(CourseItems.pk(tenantId, courseId), PREFIX).stream()
                .map(item -> item.string(Table.SK)).collect(Collectors.toSet());
    }

    static String sortKey(String enrolmentId, LocalDate firstDay) {
        return PREFIX + enrolmentId + "#" + firstDay;
    }

    /** The transaction item that claims the reminder; it fails its condition if another run claimed it first. */
    TransactWriteItem claim(String tenantId, String courseId, String enrolmentId, LocalDate firstDay, String eventId,
                            Instant at) {
        Item item = Item.create()
                .with(Table.PK, CourseItems.pk(tenantId, courseId))
                .with(Table.SK, sortKey(enrolmentId, firstDay))
                .with("enrolmentId", enrolmentId)
                .with("eventId", eventId)
                .with("claimedAt", at);
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item.attributes())
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", Table.PK)).build()).build();
    }
}
