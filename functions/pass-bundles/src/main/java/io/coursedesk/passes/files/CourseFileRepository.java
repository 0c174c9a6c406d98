package io.coursedesk.passes.files;

import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.PageQuery;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Course files live in their course's partition: {@code SK = FILE#<fileId>}. */
@Singleton
public class CourseFileRepository {
    private static final String PREFIX = "FILE#";

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    CourseFileRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    void put(CourseFile file) {
        dynamoDb.putItem(b -> b.tableName(table.name()).item(Item.create()
                .with(Table.PK, CourseItems.pk(file.tenantId(), file.courseId()))
                .with(Table.SK, PREFIX + file.fileId())
                .with("fileId", file.fileId())
                .with("name", file.name())
                .with("contentType", file.contentType())
                .with("size", file.size())
                .with("visibleToParticipants", file.visibleToParticipants())
                .with("createdAt", file.createdAt())
                .attributes()));
    }

    /** A page of the course's files that {@code keep} lets through, in key order. */
    Slice<CourseFile, PagePosition> page(String tenantId, String courseId, Predicate<CourseFile> keep, int limit,
                                         PagePosition after) {
        return reads.page(List.of(PageQuery.partition(CourseItems.pk(tenantId, courseId), PREFIX)),
                item -> fromItem(tenantId, courseId, item), keep, limit, after);
    }

    Optional<CourseFile> find(String tenantId, String courseId, String fileId) {
        return reads.get(CourseItems.pk(tenantId, courseId), PREFIX + fileId)
                .map(item -> fromItem(tenantId, courseId, item));
    }

    void delete(CourseFile file) {
        dynamoDb.deleteItem(b -> b.tableName(table.name())
                .key(TableReads.key(CourseItems.pk(file.tenantId(), file.courseId()), PREFIX + file.fileId())));
    }

    private static CourseFile fromItem(String tenantId, String courseId, Item item) {
        return new CourseFile(item.string("fileId"), tenantId, courseId, item.string("name"),
                item.string("contentType"), item.longValue("size", 0), item.flag("visibleToParticipants"),
                item.instant("createdAt"));
    }
}
