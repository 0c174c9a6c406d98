package io.coursedesk.enrolment.invitations;

import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.PageQuery;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Student invitation items, in their organisation's partition: {@code PK=T#<t>#ORGANISATION#<o>},
 * {@code SK=STUDENT_INVITATION#<id>}; GSI1 {@code T#<t>#ORGANISATION#<o>#STUDENT_INVITATIONS#<status>} /
 * {@code <invitedAt>#<id>} lists an organisation's invitations of one status, oldest first. Every change is a Put
 * of the whole item conditioned on the status and round it was read with.
 */
@Singleton
public class StudentInvitations {
    static final String SK_PREFIX = "STUDENT_INVITATION#";
    /** One item per address with an open invitation, so an organisation invites a person once, not on two seats. */
    private static final String INVITEE_PREFIX = "INVITEE#";

    private final Table table;
    private final TableReads reads;

    public StudentInvitations(Table table, TableReads reads) {
        this.table = table;
        this.reads = reads;
    }

    public Optional<StudentInvitation> find(String tenantId, String organisationId, String studentInvitationId) {
        if (!Ids.isValid(organisationId) || !Ids.isValid(studentInvitationId)) {
            return Optional.empty();
        }
        return reads.get(OrganisationItems.pk(tenantId, organisationId), SK_PREFIX + studentInvitationId)
                .map(StudentInvitations::fromItem);
    }

    /** A page of the organisation's invitations of this status, oldest first; all of them (by id) without one. */
    public Slice<StudentInvitation, PagePosition> page(String tenantId, String organisationId, InvitationStatus status,
                                                       int limit, PagePosition after) {
        PageQuery query = status == null
                ? PageQuery.partition(OrganisationItems.pk(tenantId, organisationId), SK_PREFIX)
                : PageQuery.index(Table.GSI1, listing(tenantId, organisationId, status));
        return reads.page(query, StudentInvitations::fromItem, limit, after);
    }

    /** Puts a new invitation. */
    public TransactWriteItem create(StudentInvitation invitation) {
        return put(invitation, "attribute_not_exists(#pk)", Map.of());
    }

    /** Replaces the invitation as {@code read}, if its status and round are still the ones read. */
    public TransactWriteItem replace(StudentInvitation changed, StudentInvitation read) {
        return put(changed, "#status = :status AND #round = :round",
                Map.of(":status", Item.s(read.status().name()), ":round", Item.n(read.round())));
    }

    private TransactWriteItem put(StudentInvitation invitation, String condition, Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table.name()).item(toItem(invitation)).conditionExpression(condition)
                .expressionAttributeNames(values.isEmpty() ? Map.of("#pk", Table.PK)
                        : Map.of("#status", "status", "#round", "round"));
        if (!values.isEmpty()) {
            put.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    /** Marks the invitation's address as invited; fails while another open invitation of the organisation has it. */
    public TransactWriteItem claimInvitee(StudentInvitation invitation) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name())
                .item(Item.create().withAll(inviteeKey(invitation))
                        .with("studentInvitationId", invitation.id()).attributes())
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Table.PK))
                .build()).build();
    }

    /** Frees the invitation's address once the invitation is no longer open (or its address changes). */
    public TransactWriteItem releaseInvitee(StudentInvitation invitation) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name()).key(inviteeKey(invitation))
                .build()).build();
    }

    private static Map<String, AttributeValue> inviteeKey(StudentInvitation invitation) {
        return TableReads.key(OrganisationItems.pk(invitation.tenantId(), invitation.organisationId()),
                INVITEE_PREFIX + invitation.email().toLowerCase(Locale.ROOT));
    }

    static String listing(String tenantId, String organisationId, InvitationStatus status) {
        return OrganisationItems.pk(tenantId, organisationId) + "#STUDENT_INVITATIONS#" + status.name();
    }

    static Map<String, AttributeValue> toItem(StudentInvitation invitation) {
        return Item.create()
                .withAll(TableReads.key(OrganisationItems.pk(invitation.tenantId(), invitation.organisationId()),
                        SK_PREFIX + invitation.id()))
                .with(Table.GSI1_PK, listing(invitation.tenantId(), invitation.organisationId(), invitation.status()))
                .with(Table.GSI1_SK, invitation.invitedAt() + "#" + invitation.id())
                .with("studentInvitationId", invitation.id())
                .with("tenantId", invitation.tenantId())
                .with("organisationId", invitation.organisationId())
                .with("firstName", invitation.firstName())
                .with("lastName", invitation.lastName())
                .with("email", invitation.email())
                .with("message", invitation.message())
                .with("status", invitation.status().name())
                .with("round", invitation.round())
                .with("invitedAt", invitation.invitedAt())
                .with("sentAt", invitation.sentAt())
                .with("linkExpiresAt", invitation.linkExpiresAt())
                .with("studentId", invitation.studentId())
                .with("closedAt", invitation.closedAt())
                .with("invitedBy", invitation.invitedBy())
                .attributes();
    }

    static StudentInvitation fromItem(Item item) {
        return new StudentInvitation(item.string("studentInvitationId"), item.string("tenantId"),
                item.string("organisationId"), item.string("firstName"), item.string("lastName"),
                item.string("email"), item.string("message"), item.enumValue("status", InvitationStatus.class),
                item.integer("round"), item.instant("invitedAt"), item.instant("sentAt"),
                item.instant("linkExpiresAt"), item.string("studentId"), item.instant("closedAt"),
                item.string("invitedBy"));
    }
}
