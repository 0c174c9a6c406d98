package io.coursedesk.enrolment.enrolment;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.Table;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;

/** The transaction items the enrolment use cases combine; each states the condition it relies on. */
public final class EnrolmentWrites {

    private EnrolmentWrites() {
    }

    /**
     * A new enrolment item; its id is fresh, so it must not exist. Confirmed on a course with a price, its debit note
     * is due seven days from now (none for one paid with a payment code).
     */
    public static TransactWriteItem create(String tableName, Enrolment enrolment, Course course) {
        Map<String, AttributeValue> item = new HashMap<>(EnrolmentItems.toItem(enrolment));
        if (enrolment.status() == EnrolmentStatus.CONFIRMED && enrolment.getsDebitNote()) {
            item.putAll(EnrolmentItems.debitNoteDue(course.tenantId(), course.details().priceCents(),
                    enrolment.id(), enrolment.enrolledAt()));
        }
        return TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                .item(item)
                .conditionExpression("attribute_not_exists(" + Table.PK + ")").build()).build();
    }

    /** The "student is on this course" marker; fails when the student already has an active enrolment. */
    public static TransactWriteItem claimStudent(String tableName, Enrolment enrolment, String studentId) {
        return TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                .item(EnrolmentItems.marker(enrolment.tenantId(), enrolment.courseId(), studentId, enrolment.id()))
                .conditionExpression("attribute_not_exists(" + Table.PK + ")").build()).build();
    }

    public static TransactWriteItem releaseStudent(String tableName, Enrolment enrolment, String studentId) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(tableName)
                .key(EnrolmentItems.markerKey(enrolment.tenantId(), enrolment.courseId(), studentId)).build()).build();
    }

    /**
     * Moves the enrolment to another status, provided it still has the status and the participant it was read
     * with (so the event names the right student even if the participant was replaced meanwhile).
     */
    public static ItemUpdate changeStatus(Enrolment enrolment, EnrolmentStatus to, Instant at) {
        return ItemUpdate.of(EnrolmentItems.key(enrolment.tenantId(), enrolment.courseId(), enrolment.id()))
                .set(EnrolmentItems.STATUS, Item.s(to.name()))
                .set(to.name().toLowerCase(Locale.ROOT) + "At", Item.s(at.toString()))
                .condition("#enrolmentStatus = :readStatus AND #participant = :readParticipant")
                .name("#enrolmentStatus", EnrolmentItems.STATUS)
                .name("#participant", EnrolmentItems.STUDENT_ID)
                .value(":readStatus", Item.s(enrolment.status().name()))
                .value(":readParticipant", Item.s(enrolment.studentId()));
    }

    /**
     * Cancels the enrolment, provided its status, participant and debit note are as read. Without a debit note its
     * due-date key goes (none is issued); with one, its credit note becomes due. A debit note issued after the read
     * fails the condition, so the next attempt reads the note and makes its credit note due: a cancelled enrolment
     * never keeps a debit note alone.
     */
    public static ItemUpdate cancel(Enrolment enrolment, Instant at) {
        ItemUpdate update = changeStatus(enrolment, EnrolmentStatus.CANCELLED, at)
                .name("#debitNote", EnrolmentItems.DEBIT_NOTE_NUMBER);
        if (enrolment.debitNoteNumber() == null) {
            return update.remove(Table.GSI2_PK).remove(Table.GSI2_SK).condition("attribute_not_exists(#debitNote)");
        }
        return update.setAll(EnrolmentItems.creditNotesDue(enrolment.tenantId(), enrolment.id(), at))
                .condition("#debitNote = :readDebitNote")
                .value(":readDebitNote", Item.s(enrolment.debitNoteNumber()));
    }

    /**
     * Confirms a waiting enrolment; on a course with a price, its debit note is due seven days from now (none for one
     * paid with a payment code).
     */
    public static TransactWriteItem promote(String tableName, Enrolment waiting, Long priceCents, Instant at) {
        return changeStatus(waiting, EnrolmentStatus.CONFIRMED, at)
                .setAll(EnrolmentItems.debitNoteDue(waiting.tenantId(), waiting.getsDebitNote() ? priceCents : null,
                        waiting.id(), at)).toTransactItem(tableName);
    }

    /** An update of the course item that holds only while the course is open. */
    public static ItemUpdate openCourse(String tenantId, String courseId) {
        return ItemUpdate.of(CourseItems.key(tenantId, courseId))
                .condition("#courseStatus = :open")
                .name("#courseStatus", CourseItems.STATUS)
                .value(":open", Item.s(CourseStatus.OPEN.name()));
    }

    /** Adds the condition that nobody joined or left the waiting list since the course was read. */
    public static ItemUpdate waitlistUnchanged(ItemUpdate update, Course course) {
        return update.condition("#waitlistVersion = :readWaitlistVersion")
                .name("#waitlistVersion", CourseItems.WAITLIST_VERSION)
                .value(":readWaitlistVersion", Item.n(course.waitlistVersion()));
    }
}
