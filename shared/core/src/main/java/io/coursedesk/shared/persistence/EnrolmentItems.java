package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import io.coursedesk.shared.time.Zones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Enrolment items live in their course's partition: {@code PK=T#<t>#COURSE#<c>, SK=ENROLMENT#<e>}, so the
 * roster and the waiting list are one strongly consistent query; GSI1 ({@code T#<t>#STUDENT#<s>},
 * {@code ENROLMENT#<firstDay>#<e>}) lists a student's enrolments. Beside them a marker
 * {@code SK=STUDENT#<s>} holds the student's active enrolment of the course, so enrolling twice fails a
 * condition instead of needing a read. A confirmed enrolment on a course with a price (when it was confirmed) whose debit note
 * is not issued yet is also in the GSI2 partition {@code DEBIT_NOTES_DUE} (sort key {@code <due date>#<t>#<e>}, the Amsterdam date seven days after it was
 * confirmed): the daily run reads what is due up to today there, and removes the entry when it issues the note or
 * drops it. An enrolment cancelled after its debit note was issued, and a cancelled course, are in the GSI2 partition
 * {@code CREDIT_NOTES_DUE} (sort key {@code <cancellation date>#<t>#<enrolment or course id>}) until the daily run has
 * issued their credit notes.
 */
public final class EnrolmentItems {
    public static final String SK_PREFIX = "ENROLMENT#";
    public static final String MARKER_PREFIX = "STUDENT#";
    public static final String STATUS = "status";
    public static final String STUDENT_ID = "studentId";
    public static final String PRESENT = "present";
    public static final String PASSED = "passed";
    public static final String INVITED_AT = "invitedAt";
    public static final String PAYMENT_CODE = "paymentCode";
    /** The student who enrolled paying themself, kept when a colleague takes the enrolment over: they still pay. */
    public static final String SELF_PAYER_ID = "selfPayerId";
    public static final String DEBIT_NOTE_NUMBER = "debitNoteNumber";
    public static final String DEBIT_NOTES_DUE = "DEBIT_NOTES_DUE";
    public static final String CREDIT_NOTE_NUMBER = "creditNoteNumber";
    public static final String CREDIT_NOTES_DUE = "CREDIT_NOTES_DUE";
    /** A debit note is due this many days (Amsterdam dates) after the enrolment was confirmed. */
    public static final int DEBIT_NOTE_AFTER_DAYS = 7;

    private EnrolmentItems() {
    }

    public static Map<String, AttributeValue> key(String tenantId, String courseId, String enrolmentId) {
        return TableReads.key(CourseItems.pk(tenantId, courseId), SK_PREFIX + enrolmentId);
    }

    /** The "this student is enrolled on this course" marker. */
    public static Map<String, AttributeValue> markerKey(String tenantId, String courseId, String studentId) {
        return TableReads.key(CourseItems.pk(tenantId, courseId), MARKER_PREFIX + studentId);
    }

    public static Map<String, AttributeValue> marker(String tenantId, String courseId, String studentId, String enrolmentId) {
        return Item.of(new HashMap<>(markerKey(tenantId, courseId, studentId)))
                .with("enrolmentId", enrolmentId).attributes();
    }

    public static String studentPartition(String tenantId, String studentId) {
        return StudentItems.pk(tenantId, studentId);
    }

    public static String studentSortKey(Enrolment enrolment) {
        return SK_PREFIX + enrolment.courseFirstDay() + "#" + enrolment.id();
    }

    /**
     * The due-date key of the debit note of an enrolment confirmed at {@code confirmedAt}; none when the course has
     * no price ({@code priceCents} null).
     */
    public static Map<String, AttributeValue> debitNoteDue(String tenantId, Long priceCents, String enrolmentId,
                                                           Instant confirmedAt) {
        if (priceCents == null) {
            return Map.of();
        }
        LocalDate due = confirmedAt.atZone(Zones.AMSTERDAM).toLocalDate().plusDays(DEBIT_NOTE_AFTER_DAYS);
        return Map.of(Table.GSI2_PK, Item.s(DEBIT_NOTES_DUE),
                Table.GSI2_SK, Item.s(due + "#" + tenantId + "#" + enrolmentId));
    }

    /**
     * The key that makes the daily run issue credit notes: of a cancelled enrolment with a debit note, or of every
     * enrolment with a debit note on a cancelled course ({@code id} the enrolment's or the course's), from the
     * Amsterdam date of the cancellation.
     */
    public static Map<String, AttributeValue> creditNotesDue(String tenantId, String id, Instant cancelledAt) {
        return Map.of(Table.GSI2_PK, Item.s(CREDIT_NOTES_DUE),
                Table.GSI2_SK, Item.s(cancelledAt.atZone(Zones.AMSTERDAM).toLocalDate() + "#" + tenantId + "#" + id));
    }

    public static Map<String, AttributeValue> toItem(Enrolment enrolment) {
        return Item.of(new HashMap<>(key(enrolment.tenantId(), enrolment.courseId(), enrolment.id())))
                .with(Table.GSI1_PK, studentPartition(enrolment.tenantId(), enrolment.studentId()))
                .with(Table.GSI1_SK, studentSortKey(enrolment))
                .with("enrolmentId", enrolment.id())
                .with("tenantId", enrolment.tenantId())
                .with("courseId", enrolment.courseId())
                .with(STUDENT_ID, enrolment.studentId())
                .with("payerOrganisationId", enrolment.payerOrganisationId())
                .with(STATUS, enrolment.status().name())
                .with("enrolledAt", enrolment.enrolledAt())
                .with(PRESENT, enrolment.present())
                .with(PASSED, enrolment.passed())
                .with(INVITED_AT, enrolment.invitedAt())
                .with("courseFirstDay", enrolment.courseFirstDay())
                .with(PAYMENT_CODE, enrolment.paymentCode())
                .with(DEBIT_NOTE_NUMBER, enrolment.debitNoteNumber())
                .attributes();
    }

    public static Enrolment fromItem(Item item) {
        return new Enrolment(item.string("enrolmentId"), item.string("tenantId"), item.string("courseId"),
                item.string(STUDENT_ID), item.string("payerOrganisationId"),
                item.enumValue(STATUS, EnrolmentStatus.class), item.instant("enrolledAt"), item.bool(PRESENT),
                item.bool(PASSED), item.instant(INVITED_AT), item.date("courseFirstDay"),
                item.string(PAYMENT_CODE), item.string(DEBIT_NOTE_NUMBER));
    }
}
