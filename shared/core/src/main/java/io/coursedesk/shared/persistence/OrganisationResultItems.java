package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.RecordedResult;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.HashMap;
import java.util.Map;

/**
 * An organisation's results list: one item per recorded result of a student linked to it, in the organisation's
 * partition, {@code PK=T#<t>#ORGANISATION#<o>, SK=RESULT#<studentId>#<enrolmentId>}. Written in the transaction that
 * records the result, moved in the one that links the student elsewhere.
 */
public final class OrganisationResultItems {
    public static final String SK_PREFIX = "RESULT#";

    private OrganisationResultItems() {
    }

    public static Map<String, AttributeValue> key(String tenantId, String organisationId, String studentId,
                                                  String enrolmentId) {
        return TableReads.key(OrganisationItems.pk(tenantId, organisationId),
                SK_PREFIX + studentId + "#" + enrolmentId);
    }

    public static TransactWriteItem put(String table, String tenantId, String organisationId, RecordedResult result) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(toItem(tenantId, organisationId, result)).build()).build();
    }

    public static Map<String, AttributeValue> toItem(String tenantId, String organisationId, RecordedResult result) {
        return Item.of(new HashMap<>(key(tenantId, organisationId, result.studentId(),
                        result.enrolmentId())))
                .with("studentId", result.studentId())
                .with("enrolmentId", result.enrolmentId())
                .with("courseId", result.courseId())
                .with("courseFirstDay", result.courseFirstDay())
                .with("present", result.present())
                .with("passed", result.passed())
                .with("certificateExpiry", result.certificateExpiry())
                .attributes();
    }

    public static TransactWriteItem delete(String table, String tenantId, String organisationId, RecordedResult result) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(key(tenantId, organisationId, result.studentId(), result.enrolmentId())).build()).build();
    }

    public static RecordedResult fromItem(Item item) {
        return new RecordedResult(item.string("studentId"), item.string("enrolmentId"), item.string("courseId"),
                item.date("courseFirstDay"), item.flag("present"), item.flag("passed"), item.date("certificateExpiry"));
    }
}
