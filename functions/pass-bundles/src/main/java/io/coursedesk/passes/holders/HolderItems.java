package io.coursedesk.passes.holders;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holder items. The holder item {@code PK=T#<t>#HOLDER#<h>, SK=HOLDER} holds the holder with all qualifications and
 * memberships and is on GSI1 {@code T#<t>#HOLDERS}; each membership item {@code SK=ORGANISATION#<o>} in the same
 * partition is a copy of it on GSI1 {@code T#<t>#ORGANISATION#<o>#HOLDERS}, so either list is one index query.
 * Both sort by {@code <qualificationNumber>#<h>}. {@code T#<t>#QUALIFICATION_NUMBER#<n>} keeps numbers unique;
 * {@code T#<t>#QUALIFICATION_NUMBERS} counts the numbers given to students.
 */
final class HolderItems {
    static final String SK = "HOLDER";
    static final String MEMBERSHIP_SK_PREFIX = "ORGANISATION#";
    static final String NUMBER_SK = "QUALIFICATION_NUMBER";
    static final String VERSION = "version";
    static final String COUNTER_SK = "COUNTER";
    static final String LAST_NUMBER = "lastNumber";

    private HolderItems() {
    }

    static String pk(String tenantId, String holderId) {
        return Keys.entity(tenantId, "HOLDER", holderId);
    }

    static Map<String, AttributeValue> key(String tenantId, String holderId) {
        return TableReads.key(pk(tenantId, holderId), SK);
    }

    static Map<String, AttributeValue> membershipKey(String tenantId, String holderId, String organisationId) {
        return TableReads.key(pk(tenantId, holderId), MEMBERSHIP_SK_PREFIX + organisationId);
    }

    static Map<String, AttributeValue> numberKey(String tenantId, String qualificationNumber) {
        return TableReads.key(Keys.entity(tenantId, NUMBER_SK, qualificationNumber), NUMBER_SK);
    }

    /** The provider's counter of qualification numbers given to students who passed a course. */
    static Map<String, AttributeValue> counterKey(String tenantId) {
        return TableReads.key(Keys.collection(tenantId, "QUALIFICATION_NUMBERS"), COUNTER_SK);
    }

    static String listing(String tenantId) {
        return Keys.collection(tenantId, "HOLDERS");
    }

    static String organisationListing(String tenantId, String organisationId) {
        return Keys.entity(tenantId, "ORGANISATION", organisationId) + "#HOLDERS";
    }

    static Map<String, AttributeValue> toItem(HolderWithQualifications stored) {
        QualificationHolder holder = stored.holder();
        return holderAttributes(stored)
                .withAll(key(holder.tenantId(), holder.holderId()))
                .with(Table.GSI1_PK, listing(holder.tenantId()))
                .attributes();
    }

    static Map<String, AttributeValue> toMembershipItem(HolderWithQualifications stored, String organisationId) {
        QualificationHolder holder = stored.holder();
        return holderAttributes(stored)
                .withAll(membershipKey(holder.tenantId(), holder.holderId(), organisationId))
                .with(Table.GSI1_PK, organisationListing(holder.tenantId(), organisationId))
                .with("organisationId", organisationId)
                .attributes();
    }

    static Map<String, AttributeValue> toNumberItem(QualificationHolder holder) {
        return Item.of(new HashMap<>(numberKey(holder.tenantId(), holder.qualificationNumber())))
                .with("holderId", holder.holderId())
                .attributes();
    }

    private static Item holderAttributes(HolderWithQualifications stored) {
        QualificationHolder holder = stored.holder();
        return Item.create()
                .with(Table.GSI1_SK, holder.qualificationNumber() + "#" + holder.holderId())
                .with("holderId", holder.holderId())
                .with("tenantId", holder.tenantId())
                .with("qualificationNumber", holder.qualificationNumber())
                .with("name", holder.name())
                .with("birthDate", holder.birthDate())
                .with("studentId", holder.studentId())
                .with(VERSION, stored.version())
                .with("memberships", Item.listOf(holder.memberships().stream().map(HolderItems::toMap).toList()))
                .with("qualifications", Item.listOf(stored.qualifications().stream().map(HolderItems::toMap).toList()));
    }

    private static Item toMap(Membership membership) {
        return Item.create().with("organisationId", membership.organisationId())
                .with("personnelNumber", membership.personnelNumber());
    }

    private static Item toMap(Qualification q) {
        return Item.create().with("qualificationId", q.qualificationId()).with("name", q.name())
                .with("code", q.code()).with("type", q.type()).with("examType", q.examType())
                .with("examNumber", q.examNumber()).with("examDate", q.examDate()).with("expiryDate", q.expiryDate());
    }

    /** Reads a holder item or any of its membership copies. */
    static HolderWithQualifications fromItem(Item item) {
        List<Membership> memberships = item.list("memberships").stream()
                .map(m -> new Membership(m.string("organisationId"), m.string("personnelNumber"))).toList();
        List<Qualification> qualifications = item.list("qualifications").stream()
                .map(q -> new Qualification(q.string("qualificationId"), q.string("name"), q.string("code"),
                        q.enumValue("type", QualificationType.class), q.string("examType"), q.string("examNumber"),
                        q.date("examDate"), q.date("expiryDate")))
                .toList();
        QualificationHolder holder = new QualificationHolder(item.string("holderId"), item.string("tenantId"),
                item.string("qualificationNumber"), item.string("name"), item.date("birthDate"),
                item.string("studentId"), memberships);
        return new HolderWithQualifications(holder, qualifications, item.longValue(VERSION, 0));
    }
}
