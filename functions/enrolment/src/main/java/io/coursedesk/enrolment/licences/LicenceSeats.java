package io.coursedesk.enrolment.licences;

import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.Map;

/**
 * The transaction items that take and free an organisation's licence seats. The count is the organisation item's
 * {@code seatsUsed}, changed only by {@code ADD} under a condition, so invitations racing for the last seat commit one
 * at a time and only while a seat is free. A student who accepted an invitation holds their seat as a seat item in
 * the organisation's partition ({@code SEAT#<studentId>}), which unlinking them deletes with the seat it frees.
 */
@Singleton
public class LicenceSeats {
    static final String SEAT_PREFIX = "SEAT#";

    private final Table table;
    private final TableReads reads;

    public LicenceSeats(Table table, TableReads reads) {
        this.table = table;
        this.reads = reads;
    }

    /** Takes a seat if one is free (and the organisation exists); its condition failing means none is. */
    public TransactWriteItem take(String tenantId, String organisationId) {
        return ItemUpdate.of(OrganisationItems.key(tenantId, organisationId))
                .add(Seats.USED, 1)
                .condition("attribute_exists(#pk) AND ((attribute_not_exists(#used) AND #licences > :none) "
                        + "OR #used < #licences)")
                .name("#pk", Table.PK).name("#used", Seats.USED).name("#licences", Seats.LICENCES)
                .value(":none", Item.n(0))
                .toTransactItem(table.name());
    }

    /** Frees a seat the organisation has taken. */
    public TransactWriteItem free(String tenantId, String organisationId) {
        return ItemUpdate.of(OrganisationItems.key(tenantId, organisationId))
                .add(Seats.USED, -1)
                .condition("#used > :none").name("#used", Seats.USED).value(":none", Item.n(0))
                .toTransactItem(table.name());
    }

    /** Whether the student holds a seat of the organisation (they accepted its invitation and are still linked). */
    public boolean holds(String tenantId, String organisationId, String studentId) {
        return reads.get(OrganisationItems.pk(tenantId, organisationId), SEAT_PREFIX + studentId).isPresent();
    }

    /** The student's seat item, from the invitation they accepted; fails if they hold one of the organisation. */
    public TransactWriteItem hold(String tenantId, String organisationId, String studentId, String studentInvitationId,
                                  Instant since) {
        Map<String, AttributeValue> item = Item.create()
                .withAll(seatKey(tenantId, organisationId, studentId))
                .with("studentId", studentId).with("studentInvitationId", studentInvitationId).with("since", since)
                .attributes();
        return TransactWriteItem.builder().put(Put.builder().tableName(table.name()).item(item)
                .conditionExpression("attribute_not_exists(#pk)").expressionAttributeNames(Map.of("#pk", Table.PK))
                .build()).build();
    }

    /** Deletes the student's seat item; fails if they hold none (so the seat it frees is freed once). */
    public TransactWriteItem release(String tenantId, String organisationId, String studentId) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table.name())
                .key(seatKey(tenantId, organisationId, studentId))
                .conditionExpression("attribute_exists(#pk)").expressionAttributeNames(Map.of("#pk", Table.PK))
                .build()).build();
    }

    private static Map<String, AttributeValue> seatKey(String tenantId, String organisationId, String studentId) {
        return TableReads.key(OrganisationItems.pk(tenantId, organisationId), SEAT_PREFIX + studentId);
    }
}
