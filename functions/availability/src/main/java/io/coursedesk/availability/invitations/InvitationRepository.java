package io.coursedesk.availability.invitations;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.SortKey;
import io.coursedesk.shared.persistence.SortedPages;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The invitations of a course, in a partition of their own ({@code PK=T#<t>#COURSE_INVITATIONS#<courseId>,
 * SK=INVITATION#<instructorId>}): one query lists a course's invitations and reads nothing else of the course.
 * Writes are returned as transaction items so a use case can write them together with the course and the
 * bookings, each guarded by the state it was decided on. While an invitation is open it is also on GSI1 in a
 * partition of its instructor ({@code T#<t>#INSTRUCTOR#<instructorId>#OPEN_INVITATIONS}, by course), so whether
 * an instructor still has open invitations is one query.
 */
@Singleton
public class InvitationRepository {
    private static final String KIND = "COURSE_INVITATIONS";
    private static final String SK_PREFIX = "INVITATION#";
    private static final String OPEN_SUFFIX = "#OPEN_INVITATIONS";

    private final Table table;
    private final TableReads reads;

    public InvitationRepository(Table table, TableReads reads) {
        this.table = table;
        this.reads = reads;
    }

    public Optional<InstructorInvitation> find(String tenantId, String courseId, String instructorId) {
        if (!Ids.isValid(courseId) || !Ids.isValid(instructorId)) {
            return Optional.empty();
        }
        return reads.get(partition(tenantId, courseId), SK_PREFIX + instructorId).map(item -> fromItem(tenantId, item));
    }

    /** The course's invitations by instructor name. */
    public List<InstructorInvitation> listForCourse(String tenantId, String courseId) {
        return reads.partition(partition(tenantId, courseId), SK_PREFIX).stream()
                .map(item -> fromItem(tenantId, item))
                .sorted(Comparator.comparing(InstructorInvitation::instructorName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(InstructorInvitation::instructorId))
                .toList();
    }

    /**
     * A page of the course's invitations in the order of {@link #listForCourse}; a course has a handful, read
     * whole and paged in memory.
     */
    public Slice<InstructorInvitation, SortKey> pageForCourse(String tenantId, String courseId, int limit,
                                                              SortKey after) {
        return SortedPages.page(listForCourse(tenantId, courseId),
                invitation -> new SortKey(invitation.instructorName().toLowerCase(Locale.ROOT), invitation.instructorId()),
                SortKey.ASCENDING, after, limit);
    }

    /** The courses for which the instructor's invitation is still open (not answered, or not decided on). */
    public List<String> openCoursesOf(String tenantId, String instructorId) {
        return reads.index(Table.GSI1, Table.GSI1_PK, openPartition(tenantId, instructorId)).stream()
                .map(item -> item.string("courseId")).toList();
    }

    /** Writes a first invitation; fails if the instructor was invited for the course already. */
    public TransactWriteItem insert(InstructorInvitation invitation) {
        return TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(toItem(invitation).attributes())
                .conditionExpression("attribute_not_exists(#pk)")
                .expressionAttributeNames(Map.of("#pk", Table.PK))).build();
    }

    /** Writes {@code next} in place of {@code current}; fails if anyone changed the invitation meanwhile. */
    public TransactWriteItem replace(InstructorInvitation current, InstructorInvitation next) {
        return TransactWriteItem.builder().put(p -> p.tableName(table.name()).item(toItem(next).attributes())
                .conditionExpression("#round = :round AND #status = :status AND #statusAt = :statusAt")
                .expressionAttributeNames(Map.of("#round", "round", "#status", "status", "#statusAt", "statusAt"))
                .expressionAttributeValues(Map.of(":round", Item.n(current.round()),
                        ":status", Item.s(current.status().name()),
                        ":statusAt", Item.s(current.statusAt().toString())))).build();
    }

    private static String partition(String tenantId, String courseId) {
        return Keys.entity(tenantId, KIND, courseId);
    }

    private static String openPartition(String tenantId, String instructorId) {
        return Keys.entity(tenantId, InstructorRepository.KIND, instructorId) + OPEN_SUFFIX;
    }

    private static Item toItem(InstructorInvitation invitation) {
        Item item = Item.create()
                .with(Table.PK, partition(invitation.tenantId(), invitation.courseId()))
                .with(Table.SK, SK_PREFIX + invitation.instructorId())
                .with("courseId", invitation.courseId())
                .with("instructorId", invitation.instructorId())
                .with("instructorName", invitation.instructorName())
                .with("instructorEmail", invitation.instructorEmail())
                .with("round", invitation.round())
                .with("status", invitation.status().name())
                .with("statusAt", invitation.statusAt())
                .with("invitedAt", invitation.invitedAt());
        if (invitation.status().isOpen()) {
            item.with(Table.GSI1_PK, openPartition(invitation.tenantId(), invitation.instructorId()))
                    .with(Table.GSI1_SK, invitation.courseId());
        }
        return item;
    }

    private static InstructorInvitation fromItem(String tenantId, Item item) {
        return new InstructorInvitation(tenantId, item.string("courseId"), item.string("instructorId"),
                item.string("instructorName"), item.string("instructorEmail"), item.integer("round"),
                item.enumValue("status", InvitationStatus.class), item.instant("statusAt"), item.instant("invitedAt"));
    }
}
