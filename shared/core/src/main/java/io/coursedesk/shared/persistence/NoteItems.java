package io.coursedesk.shared.persistence;

import io.coursedesk.shared.domain.NoteKind;
import io.coursedesk.shared.events.CreditNoteIssued;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.NoteIssued;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's debit and credit notes and their number series. A note is {@code PK=T#<t>#<kind>#<number>,
 * SK=<kind>} ({@link NoteKind}: {@code DEBIT_NOTE}, {@code CREDIT_NOTE}) with everything it says; the counter of a
 * kind and year, {@code PK=T#<t>#NUMBERS, SK=<kind>#<year>} ({@code last}: the last number issued), moves only in the
 * transaction that writes the note, so a number is never reused and a failed attempt leaves no gap. A note whose mail
 * to the payer failed is on GSI1 {@code T#<t>#NOTES_FAILED} / {@code <issuedOn>#<kind>#<number>} ({@link FailedNotes}).
 */
public final class NoteItems {
    public static final String KIND = "kind";
    public static final String NOTE_NUMBER = "noteNumber";
    public static final String DEBIT_NOTE_NUMBER = "debitNoteNumber";
    public static final String DEBIT_NOTE_ISSUED_ON = "debitNoteIssuedOn";
    private static final String LAST = "last";

    private NoteItems() {
    }

    public static Map<String, AttributeValue> key(String tenantId, NoteKind kind, String number) {
        return TableReads.key(Keys.entity(tenantId, kind.name(), number), kind.name());
    }

    /** The note, as issued; empty when there is no such note. */
    public static Optional<Item> find(TableReads reads, String tenantId, NoteKind kind, String number) {
        Map<String, AttributeValue> key = key(tenantId, kind, number);
        return reads.get(key.get(Table.PK).s(), key.get(Table.SK).s());
    }

    /** The last number of the provider's series of {@code kind} in {@code year} (0 before the first). */
    public static long last(TableReads reads, String tenantId, NoteKind kind, int year) {
        return reads.get(counterPk(tenantId), counterSk(kind, year)).map(item -> item.longValue(LAST, 0)).orElse(0L);
    }

    /** Sets the counter to {@code last + 1}, provided it is still at {@code last}. */
    public static TransactWriteItem nextNumber(String tableName, String tenantId, NoteKind kind, int year, long last) {
        ItemUpdate update = ItemUpdate.of(TableReads.key(counterPk(tenantId), counterSk(kind, year)))
                .set(LAST, Item.n(last + 1)).name("#last", LAST);
        if (last == 0) {
            update.condition("attribute_not_exists(#last)");
        } else {
            update.condition("#last = :read").value(":read", Item.n(last));
        }
        return update.toTransactItem(tableName);
    }

    /** The number {@code sequence} of a year's series: {@code 2026-000123}. */
    public static String number(int year, long sequence) {
        return "%d-%06d".formatted(year, sequence);
    }

    /** Puts the issued note; its number is new, so it must not exist. */
    public static TransactWriteItem note(String tableName, NoteIssued note, Instant issuedAt) {
        Item item = Item.create().withAll(key(note.tenantId(), note.kind(), note.noteNumber()))
                .with("tenantId", note.tenantId())
                .with(KIND, note.kind().name())
                .with(NOTE_NUMBER, note.noteNumber())
                .with("enrolmentId", note.enrolmentId())
                .with("courseId", note.courseId())
                .with("studentId", note.studentId())
                .with("payerOrganisationId", note.payerOrganisationId())
                .with("payerName", note.payerName())
                .with("payerEmail", note.payerEmail())
                .with("copyToEmail", note.copyToEmail())
                .with("participantName", note.participantName())
                .with("providerName", note.providerName())
                .with("courseType", note.courseType())
                .with("courseFirstDay", note.courseFirstDay())
                .with("amountCents", note.amountCents())
                .with("issuedOn", note.issuedOn())
                .with("issuedAt", issuedAt);
        if (note instanceof CreditNoteIssued credit) {
            item.with(DEBIT_NOTE_NUMBER, credit.debitNoteNumber())
                    .with(DEBIT_NOTE_ISSUED_ON, credit.debitNoteIssuedOn());
        }
        return TransactWriteItem.builder().put(Put.builder().tableName(tableName).item(item.attributes())
                .conditionExpression("attribute_not_exists(" + Table.PK + ")").build()).build();
    }

    /** A debit note item as the event that issued it (the same id, so the note is one fact however it is read). */
    public static DebitNoteIssued debitNote(Item item) {
        return DebitNoteIssued.of(item.string("tenantId"), item.instant("issuedAt"), item.string("enrolmentId"),
                item.string("courseId"), item.string("studentId"), item.string("payerOrganisationId"),
                item.string(NOTE_NUMBER), item.date("issuedOn"), item.longValue("amountCents", 0),
                item.string("providerName"), item.string("courseType"), item.date("courseFirstDay"),
                item.string("participantName"), item.string("payerName"), item.string("payerEmail"),
                item.string("copyToEmail"));
    }

    private static String counterPk(String tenantId) {
        return Keys.collection(tenantId, "NUMBERS");
    }

    private static String counterSk(NoteKind kind, int year) {
        return kind.name() + "#" + year;
    }
}
