package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.HashMap;
import java.util.Map;

/**
 * An organisation's results list: one item per recorded result of a student linked to it, in the organisation's
 * partition, {@code PK=T#<t>#ORGANISATION#<o>, SK=RESULT#<last name>#<first name>#<studentId>#<enrolmentId>} (the
 * name part as the organisation's student listing sorts it), so the list reads in the order the export shows it.
 * Written in the transaction that records the result, moved in the one that links the student elsewhere or
 * renames them.
 */
public final class OrganisationResultItems {
    public static final String SK_PREFIX = "RESULT#";
    static final String COURSE_ID = "courseId";
    static final String COURSE_FIRST_DAY = "courseFirstDay";
    static final String PRESENT = "present";
    static final String PASSED = "passed";
    static final String CERTIFICATE_EXPIRY = "certificateExpiry";

    private OrganisationResultItems() {
    }

    /** The key of the student's entry for the enrolment in the organisation's list. */
    public static Map<String, AttributeValue> key(String organisationId, Student student, String enrolmentId) {
        return TableReads.key(OrganisationItems.pk(student.tenantId(), organisationId),
                SK_PREFIX + StudentItems.byName(student) + "#" + enrolmentId);
    }

    public static TransactWriteItem put(String table, String organisationId, Student student, RecordedResult result) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(toItem(organisationId, student, result)).build()).build();
    }

    public static Map<String, AttributeValue> toItem(String organisationId, Student student, RecordedResult result) {
        return Item.of(new HashMap<>(key(organisationId, student, result.enrolmentId())))
                .with(COURSE_ID, result.courseId())
                .with(COURSE_FIRST_DAY, result.courseFirstDay())
                .with(PRESENT, result.present())
                .with(PASSED, result.passed())
                .with(CERTIFICATE_EXPIRY, result.certificateExpiry())
                .attributes();
    }

    public static TransactWriteItem delete(String table, String organisationId, Student student, RecordedResult result) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(key(organisationId, student, result.enrolmentId())).build()).build();
    }

    /** The entry of an item read with at least its sort key and the result's attributes. */
    public static RecordedResult fromItem(Item item) {
        // ids hold no '#', names may: the ids are the last two parts
        String sortKey = item.string(Table.SK);
        int beforeEnrolment = sortKey.lastIndexOf('#');
        int beforeStudent = sortKey.lastIndexOf('#', beforeEnrolment - 1);
        return new RecordedResult(sortKey.substring(beforeStudent + 1, beforeEnrolment),
                sortKey.substring(beforeEnrolment + 1), item.string(COURSE_ID), item.date(COURSE_FIRST_DAY),
                item.flag(PRESENT), item.flag(PASSED), item.date(CERTIFICATE_EXPIRY));
    }
}
