package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.InstructorBooking;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which dates an instructor teaches: {@code PK=T#<t>#INSTRUCTOR#<i>, SK=BOOKING#<date>#<courseId>}, in the
 * instructor's own partition, so "is this instructor busy on these dates" is one query.
 */
@Singleton
public class InstructorBookings {
    private static final String SK_PREFIX = "BOOKING#";
    /** BatchWriteItem takes at most 25 requests. */
    private static final int BATCH_WRITE_LIMIT = 25;

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public InstructorBookings(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    /** The instructor's bookings on any of these dates (of any course). */
    public List<InstructorBooking> bookingsOn(String tenantId, String instructorId, Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> wanted = new TreeSet<>(dates);
        return reads.query(q -> q.keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                        .expressionAttributeValues(Map.of(":pk", Item.s(partition(tenantId, instructorId)),
                                ":from", Item.s(SK_PREFIX + wanted.first()),
                                ":to", Item.s(SK_PREFIX + wanted.last() + "#\uffff")))
                        .consistentRead(true))
                .stream()
                .map(item -> new InstructorBooking(instructorId, item.date("date"), item.string("courseId")))
                .filter(booking -> wanted.contains(booking.date()))
                .toList();
    }

    /** The courses the instructor is booked for on this date or later: the courses they teach that have not ended. */
    public Set<String> coursesFrom(String tenantId, String instructorId, LocalDate from) {
        return reads.query(q -> q.keyConditionExpression("#pk = :pk AND #sk BETWEEN :from AND :to")
                        .expressionAttributeNames(Map.of("#pk", Table.PK, "#sk", Table.SK))
                        .expressionAttributeValues(Map.of(":pk", Item.s(partition(tenantId, instructorId)),
                                ":from", Item.s(SK_PREFIX + from), ":to", Item.s(SK_PREFIX + "\uffff")))
                        .consistentRead(true))
                .stream().map(item -> item.string("courseId")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Books the instructor for the course on these dates; booking again is harmless. */
    public void book(String tenantId, String instructorId, String courseId, Collection<LocalDate> dates) {
        List<WriteRequest> writes = new ArrayList<>();
        for (LocalDate date : dates) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(
                    Item.of(new HashMap<>(key(tenantId, instructorId, date, courseId)))
                            .with("instructorId", instructorId)
                            .with("courseId", courseId)
                            .with("date", date)
                            .attributes()).build()).build());
        }
        write(writes);
    }

    /** Frees the instructor's dates of that course; releasing what was not booked is harmless. */
    public void release(String tenantId, String instructorId, String courseId, Collection<LocalDate> dates) {
        List<WriteRequest> writes = new ArrayList<>();
        for (LocalDate date : dates) {
            writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                    .key(key(tenantId, instructorId, date, courseId)).build()).build());
        }
        write(writes);
    }

    private void write(List<WriteRequest> writes) {
        for (int from = 0; from < writes.size(); from += BATCH_WRITE_LIMIT) {
            List<WriteRequest> pending = writes.subList(from, Math.min(from + BATCH_WRITE_LIMIT, writes.size()));
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = Map.of(table.name(), pending);
                BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(request));
                pending = response.hasUnprocessedItems()
                        ? response.unprocessedItems().getOrDefault(table.name(), List.of()) : List.of();
            }
        }
    }

    private static String partition(String tenantId, String instructorId) {
        return Keys.entity(tenantId, "INSTRUCTOR", instructorId);
    }

    private static Map<String, AttributeValue> key(String tenantId, String instructorId, LocalDate date, String courseId) {
        return TableReads.key(partition(tenantId, instructorId), SK_PREFIX + date + "#" + courseId);
    }
}
