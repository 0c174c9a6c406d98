package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.NoteKind;
import io.coursedesk.shared.events.NoteIssued;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The notes whose mail to the payer failed: the dispatch function marks the note item (sparse GSI1
 * {@code T#<t>#NOTES_FAILED} / {@code <issuedOn>#<kind>#<number>}, with {@code failureReason} and {@code failedAt})
 * when an attempt ends without the payer's mail sent, and clears it once a later attempt sends it; the dashboard
 * lists them, oldest first.
 */
@Singleton
public class FailedNotes {
    static final String FAILURE_REASON = "failureReason";
    static final String FAILED_AT = "failedAt";

    private final DynamoDbClient dynamoDb;
    private final Table table;

    public FailedNotes(DynamoDbClient dynamoDb, Table table) {
        this.dynamoDb = dynamoDb;
        this.table = table;
    }

    /** A note as the dashboard shows it. */
    public record FailedNote(NoteKind kind, String noteNumber, LocalDate issuedOn, String payerName,
                             String payerEmail, String courseId, String courseType, LocalDate courseFirstDay,
                             String participantName, long amountCents, String reason, Instant failedAt) {
    }

    /**
     * Marks the note as not sent to its payer, for {@code reason}.
     *
     * @return false when there is no such note item (an event without its note: nothing to show)
     */
    public boolean mark(NoteIssued note, String reason, Instant at) {
        try {
            dynamoDb.updateItem(ItemUpdate.of(NoteItems.key(note.tenantId(), note.kind(), note.noteNumber()))
                    .set(Table.GSI1_PK, Item.s(listing(note.tenantId())))
                    .set(Table.GSI1_SK, Item.s(note.issuedOn() + "#" + note.kind() + "#" + note.noteNumber()))
                    .set(FAILURE_REASON, Item.s(reason))
                    .set(FAILED_AT, Item.s(at.toString()))
                    .condition("attribute_exists(#pk)").name("#pk", Table.PK)
                    .toRequest(table.name()));
            return true;
        } catch (ConditionalCheckFailedException noSuchNote) {
            return false;
        }
    }

    /** Takes the note off the list once its payer's mail went out; a note never marked is left alone. */
    public void clear(NoteIssued note) {
        try {
            dynamoDb.updateItem(ItemUpdate.of(NoteItems.key(note.tenantId(), note.kind(), note.noteNumber()))
                    .remove(Table.GSI1_PK).remove(Table.GSI1_SK).remove(FAILURE_REASON).remove(FAILED_AT)
                    .condition("attribute_exists(#listed)").name("#listed", Table.GSI1_PK)
                    .toRequest(table.name()));
        } catch (ConditionalCheckFailedException notListed) {
            // the usual case: the first attempt sent it
        }
    }

    /** The provider's notes not sent to their payers, oldest issue date first, at most {@code limit}. */
    public List<FailedNote> list(String tenantId, int limit) {
        return dynamoDb.query(q -> q.tableName(table.name()).indexName(Table.GSI1)
                        .keyConditionExpression("#pk = :pk")
                        .expressionAttributeNames(Map.of("#pk", Table.GSI1_PK))
                        .expressionAttributeValues(Map.of(":pk", Item.s(listing(tenantId))))
                        .limit(limit))
                .items().stream().map(Item::of).map(item -> new FailedNote(
                        item.enumValue(NoteItems.KIND, NoteKind.class), item.string(NoteItems.NOTE_NUMBER),
                        item.date("issuedOn"), item.string("payerName"), item.string("payerEmail"),
                        item.string("courseId"), item.string("courseType"), item.date("courseFirstDay"),
                        item.string("participantName"), item.longValue("amountCents", 0),
                        item.string(FAILURE_REASON), item.instant(FAILED_AT))).toList();
    }

    private static String listing(String tenantId) {
        return Keys.collection(tenantId, "NOTES_FAILED");
    }
}
