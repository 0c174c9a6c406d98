package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.Candidate;
import io.coursedesk.shared.domain.OrganisationCode;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Candidate links in the student's partition: {@code PK=T#<t>#STUDENT#<s>, SK=CANDIDATE#<o>}; GSI1
 * {@code T#<t>#ORGANISATION#<o>#CANDIDATES} lists an organisation's candidates by name. Organisation code items:
 * {@code PK=T#<t>#ORGANISATION_CODE#<CODE>, SK=ORGANISATION_CODE} (attribute {@code organisationId}).
 */
public final class CandidateItems {
    static final String SK_PREFIX = "CANDIDATE#";
    static final String CODE_SK = "ORGANISATION_CODE";
    /** The organisation item's attribute holding its code. */
    static final String CODE = "code";

    private CandidateItems() {
    }

    public static Map<String, AttributeValue> key(String tenantId, String studentId, String organisationId) {
        Keys.entity(tenantId, "ORGANISATION", organisationId);
        return TableReads.key(StudentItems.pk(tenantId, studentId), SK_PREFIX + organisationId);
    }

    public static String organisationListing(String tenantId, String organisationId) {
        return OrganisationItems.pk(tenantId, organisationId) + "#CANDIDATES";
    }

    static String codePk(String tenantId, String code) {
        return Keys.entity(tenantId, "ORGANISATION_CODE", code);
    }

    public static Map<String, AttributeValue> codeKey(String tenantId, String code) {
        return TableReads.key(codePk(tenantId, code), CODE_SK);
    }

    /** The link's place in its organisation's list: by last name, first name (lower case), then id. */
    static String byName(String firstName, String lastName, String studentId) {
        return (lastName + "#" + firstName).toLowerCase(Locale.ROOT) + "#" + studentId;
    }

    public static Map<String, AttributeValue> toItem(Candidate candidate) {
        String byName = byName(candidate.firstName(), candidate.lastName(), candidate.studentId());
        return Item.of(new HashMap<>(key(candidate.tenantId(), candidate.studentId(), candidate.organisationId())))
                .with(Table.GSI1_PK, organisationListing(candidate.tenantId(), candidate.organisationId()))
                .with(Table.GSI1_SK, byName)
                .with("studentId", candidate.studentId())
                .with("tenantId", candidate.tenantId())
                .with("organisationId", candidate.organisationId())
                .with("firstName", candidate.firstName())
                .with("lastName", candidate.lastName())
                .with("linkedAt", candidate.linkedAt())
                .attributes();
    }

    public static Candidate fromItem(Item item) {
        return new Candidate(item.string("studentId"), item.string("tenantId"), item.string("organisationId"),
                item.string("firstName"), item.string("lastName"), item.instant("linkedAt"));
    }

    static Map<String, AttributeValue> codeItem(String tenantId, OrganisationCode code) {
        return Item.of(new HashMap<>(codeKey(tenantId, code.code())))
                .with("organisationId", code.organisationId()).with("tenantId", tenantId)
                .with(CODE, code.code()).attributes();
    }
}
