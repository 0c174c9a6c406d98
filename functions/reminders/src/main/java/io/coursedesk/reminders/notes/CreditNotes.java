package io.coursedesk.reminders.notes;

import io.coursedesk.reminders.schedule.DueEntries;
import io.coursedesk.reminders.schedule.ReminderRun;
import io.coursedesk.shared.domain.NoteKind;
import io.coursedesk.shared.events.CreditNoteIssued;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.NoteItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Issues the credit notes due at the run's scheduled time {@code at}, read on the sparse GSI2 partition
 * {@code CREDIT_NOTES_DUE}: an enrolment cancelled after its debit note was issued (the cancellation put it there),
 * or a cancelled course, whose enrolments with a debit note each get one (a debit note is issued only while its
 * course is open, so the course's enrolments read after its cancellation hold every note it will ever have). A credit
 * note copies its debit note as issued (payer, participant, amount: a participant replaced since changes nothing) and
 * takes the next number of the provider's credit note series of the year in the one transaction that writes the
 * note, moves the counter, gives the enrolment its {@code creditNoteNumber} (only if it has none, so an enrolment
 * gets one credit note however many entries and runs lead to it) and puts {@code CreditNoteIssued} into the outbox.
 */
@Singleton
public class CreditNotes {
    private final TableReads reads;
    private final Transactions transactions;
    private final Outbox outbox;

    public CreditNotes(TableReads reads, Transactions transactions, Outbox outbox) {
        this.reads = reads;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    public ReminderRun run(Instant at) {
        LocalDate today = at.atZone(Zones.AMSTERDAM).toLocalDate();
        int due = 0;
        int issued = 0;
        for (Item entry : DueEntries.through(reads, EnrolmentItems.CREDIT_NOTES_DUE, today)) {
            String tenantId = entry.string("tenantId");
            String courseId = entry.string("courseId");
            boolean cancelledCourse = CourseItems.SK.equals(entry.string(Table.SK));
            List<String> enrolmentIds = cancelledCourse ? debited(tenantId, courseId)
                    : List.of(entry.string("enrolmentId"));
            due += enrolmentIds.size();
            for (String enrolmentId : enrolmentIds) {
                if (transactions.untilDone(() -> attempt(tenantId, courseId, enrolmentId, today, at))) {
                    issued++;
                }
            }
            if (cancelledCourse) {
                leaveIndex(entry);
            }
        }
        return new ReminderRun(due, issued);
    }

    /** The course's enrolments with a debit note and no credit note yet. */
    private List<String> debited(String tenantId, String courseId) {
        return reads.partition(CourseItems.pk(tenantId, courseId), EnrolmentItems.SK_PREFIX).stream()
                .filter(enrolment -> enrolment.string(EnrolmentItems.DEBIT_NOTE_NUMBER) != null
                        && enrolment.string(EnrolmentItems.CREDIT_NOTE_NUMBER) == null)
                .map(enrolment -> enrolment.string("enrolmentId")).toList();
    }

    /** @return true when this attempt issued the note, false when there is none to issue, null to try again */
    private Boolean attempt(String tenantId, String courseId, String enrolmentId, LocalDate today, Instant at) {
        Optional<Item> stored = reads.get(CourseItems.pk(tenantId, courseId), EnrolmentItems.SK_PREFIX + enrolmentId);
        String debitNoteNumber = stored.map(item -> item.string(EnrolmentItems.DEBIT_NOTE_NUMBER)).orElse(null);
        if (debitNoteNumber == null || stored.get().string(EnrolmentItems.CREDIT_NOTE_NUMBER) != null) {
            return false; // credited meanwhile (through its course's entry, or another run)
        }
        DebitNoteIssued debitNote = NoteItems.find(reads, tenantId, NoteKind.DEBIT_NOTE, debitNoteNumber)
                .map(NoteItems::debitNote).orElseThrow(() -> new IllegalStateException("debit note "
                        + debitNoteNumber + " of enrolment " + enrolmentId + " is missing"));
        int year = today.getYear();
        long last = NoteItems.last(reads, tenantId, NoteKind.CREDIT_NOTE, year);
        CreditNoteIssued note = CreditNoteIssued.of(at, debitNote, NoteItems.number(year, last + 1), today);
        String table = transactions.tableName();
        List<TransactWriteItem> items = List.of(
                NoteItems.nextNumber(table, tenantId, NoteKind.CREDIT_NOTE, year, last),
                NoteItems.note(table, note, at),
                ItemUpdate.of(EnrolmentItems.key(tenantId, courseId, enrolmentId))
                        .set(EnrolmentItems.CREDIT_NOTE_NUMBER, Item.s(note.creditNoteNumber()))
                        .remove(Table.GSI2_PK).remove(Table.GSI2_SK)
                        .condition("attribute_not_exists(#credit) AND #debit = :readDebit")
                        .name("#credit", EnrolmentItems.CREDIT_NOTE_NUMBER)
                        .name("#debit", EnrolmentItems.DEBIT_NOTE_NUMBER)
                        .value(":readDebit", Item.s(debitNoteNumber))
                        .toTransactItem(table),
                outbox.put(EventSources.REMINDERS, note));
        return transactions.write(items).committed() ? true : null;
    }

    /** Takes a cancelled course off the index once its enrolments are credited (another run may have done so). */
    private void leaveIndex(Item course) {
        transactions.write(List.of(ItemUpdate.of(CourseItems.key(course.string("tenantId"), course.string("courseId")))
                .remove(Table.GSI2_PK).remove(Table.GSI2_SK)
                .condition("#dueKey = :readDueKey").name("#dueKey", Table.GSI2_SK)
                .value(":readDueKey", Item.s(course.string(Table.GSI2_SK)))
                .toTransactItem(transactions.tableName())));
    }
}
