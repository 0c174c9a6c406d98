package io.coursedesk.reminders.debit;

import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.Keys;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;

/**
 * A provider's debit note numbers and notes. The counter of a year, {@code PK=T#<t>#NUMBERS, SK=DEBIT_NOTE#<year>}
 * ({@code last}: the last number issued), moves only in the transaction that writes the note
 * ({@code PK=T#<t>#DEBIT_NOTE#<number>, SK=DEBIT_NOTE}), so a number is never reused and a failed attempt leaves no
 * gap.
 */
final class DebitNoteItems {
    private static final String LAST = "last";
    private static final String SK = "DEBIT_NOTE";

    private DebitNoteItems() {
    }

    /** The last number of the provider's year (0 before the first). */
    static long last(TableReads reads, String tenantId, int year) {
        return reads.get(counterPk(tenantId), counterSk(year)).map(item -> item.longValue(LAST, 0)).orElse(0L);
    }

    private static String counterPk(String tenantId) {
        return Keys.collection(tenantId, "NUMBERS");
    }

    private static String counterSk(int year) {
        return SK + "#" + year;
    }

    /** Sets the counter to {@code last + 1}, provided it is still at {@code last}. */
    static TransactWriteItem nextNumber(String tableName, String tenantId, int year, long last) {
        ItemUpdate update = ItemUpdate.of(TableReads.key(counterPk(tenantId), counterSk(year)))
                .set(LAST, Item.n(last + 1)).name("#last", LAST);
        if (last == 0) {
            update.condition("attribute_not_exists(#last)");
        } else {
            update.condition("#last = :read").value(":read", Item.n(last));
        }
        return update.toTransactItem(tableName);
    }

    static String number(int year, long sequence) {
        return "%d-%06d".formatted(year, sequence);
    }

    static TransactWriteItem note(String tableName, DebitNoteIssued note, Instant issuedAt) {
        Item item = Item.create().with(Table.PK, Keys.entity(note.tenantId(), SK, note.debitNoteNumber()))
                .with(Table.SK, SK)
                .with("debitNoteNumber", note.debitNoteNumber())
                .with("enrolmentId", note.enrolmentId())
                .with("courseId", note.courseId())
                .with("studentId", note.studentId())
                .with("payerOrganisationId", note.payerOrganisationId())
                .with("payerEmail", note.payerEmail())
                .with("amountCents", note.amountCents())
                .with("issuedOn", note.issuedOn())
                .with("issuedAt", issuedAt);
        return TransactWriteItem.builder().put(Put.builder().tableName(tableName).item(item.attributes())
                .conditionExpression("attribute_not_exists(" + Table.PK + ")").build()).build();
    }
}
