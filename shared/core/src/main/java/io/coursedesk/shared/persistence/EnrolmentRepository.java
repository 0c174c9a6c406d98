package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.Ids;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads enrolments, and records that a course invitation went out. */
@Singleton
public class EnrolmentRepository {
    /** Waiting-list order: who enrolled first, the id breaking ties. */
    public static final Comparator<Enrolment> ENROLMENT_ORDER =
            Comparator.comparing(Enrolment::enrolledAt).thenComparing(Enrolment::id);

    private final DynamoDbClient dynamoDb;
    private final Table table;
    private final TableReads reads;

    public EnrolmentRepository(DynamoDbClient dynamoDb, Table table, TableReads reads) {
        this.dynamoDb = dynamoDb;
        this.table = table;
        this.reads = reads;
    }

    public Optional<Enrolment> find(String tenantId, String courseId, String enrolmentId) {
        if (!Ids.isValid(courseId) || !Ids.isValid(enrolmentId)) {
            return Optional.empty();
        }
        return reads.get(CourseItems.pk(tenantId, courseId), EnrolmentItems.SK_PREFIX + enrolmentId)
                .map(EnrolmentItems::fromItem);
    }

    /** The student's live enrolment on the course, through the course's "is enrolled" marker. */
    public Optional<Enrolment> findOnCourse(String tenantId, String courseId, String studentId) {
        if (!Ids.isValid(courseId) || !Ids.isValid(studentId)) {
            return Optional.empty();
        }
        return reads.get(CourseItems.pk(tenantId, courseId), EnrolmentItems.MARKER_PREFIX + studentId)
                .flatMap(marker -> find(tenantId, courseId, marker.string("enrolmentId")));
    }

    /** Every enrolment of the course (cancelled ones too), strongly consistent, in enrolment order. */
    public List<Enrolment> listByCourse(String tenantId, String courseId) {
        return reads.partition(CourseItems.pk(tenantId, courseId), EnrolmentItems.SK_PREFIX).stream()
                .map(EnrolmentItems::fromItem).sorted(ENROLMENT_ORDER).toList();
    }

    /** Every enrolment of the student, by course date. */
    public List<Enrolment> listByStudent(String tenantId, String studentId) {
        return reads.all(byStudent(tenantId, studentId)).stream().map(EnrolmentItems::fromItem).toList();
    }

    /** A page of the student's enrolments, by course date. */
    public Slice<Enrolment, PagePosition> pageByStudent(String tenantId, String studentId, int limit, PagePosition after) {
        return reads.page(byStudent(tenantId, studentId), EnrolmentItems::fromItem, limit, after);
    }

    private static PageQuery byStudent(String tenantId, String studentId) {
        return PageQuery.index(Table.GSI1, EnrolmentItems.studentPartition(tenantId, studentId), EnrolmentItems.SK_PREFIX);
    }

    /**
     * Records when the course invitation was sent; the roster shows it.
     *
     * @return false when the enrolment does not exist
     */
    public boolean markInvited(String tenantId, String courseId, String enrolmentId, Instant invitedAt) {
        try {
            dynamoDb.updateItem(b -> b.tableName(table.name())
                    .key(EnrolmentItems.key(tenantId, courseId, enrolmentId))
                    .updateExpression("SET #invited = :at")
                    .conditionExpression("attribute_exists(#pk)")
                    .expressionAttributeNames(Map.of("#invited", EnrolmentItems.INVITED_AT, "#pk", Table.PK))
                    .expressionAttributeValues(Map.of(":at", Item.s(invitedAt.toString()))));
            return true;
        } catch (ConditionalCheckFailedException missing) {
            return false;
        }
    }
}
