package io.coursedesk.reminders.notes;

import io.coursedesk.reminders.schedule.DueEntries;
import io.coursedesk.reminders.schedule.ReminderRun;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.NoteKind;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.ItemUpdate;
import io.coursedesk.shared.persistence.NoteItems;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.time.Zones;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues the debit notes due at the run's scheduled time {@code at}: every enrolment whose due date (seven
 * Amsterdam days after it was confirmed) is today or earlier and whose note was not issued, read on the sparse GSI2
 * partition {@code DEBIT_NOTES_DUE} (so a run after missed days catches up, and reads only what is due). Each note
 * takes the next number of the provider's year in the one transaction that writes the note, moves the counter,
 * takes the enrolment off the due index and puts {@code DebitNoteIssued} into the outbox; a run at the same time, or
 * the same run fired twice, loses the enrolment's condition and issues nothing twice. An enrolment cancelled (or on a
 * cancelled course, or a course without a price) by then gets no note: its due entry is dropped.
 */
@Singleton
public class DebitNotes {
    private final TableReads reads;
    private final Transactions transactions;
    private final Outbox outbox;
    private final CourseRepository courses;
    private final StudentRepository students;
    private final OrganisationRepository organisations;
    private final ProviderRepository providers;

    public DebitNotes(TableReads reads, Transactions transactions, Outbox outbox,
                      CourseRepository courses, StudentRepository students, OrganisationRepository organisations,
                      ProviderRepository providers) {
        this.reads = reads;
        this.transactions = transactions;
        this.outbox = outbox;
        this.courses = courses;
        this.students = students;
        this.organisations = organisations;
        this.providers = providers;
    }

    public ReminderRun run(Instant at) {
        LocalDate today = at.atZone(Zones.AMSTERDAM).toLocalDate();
        List<Item> due = DueEntries.through(reads, EnrolmentItems.DEBIT_NOTES_DUE, today);
        int issued = 0;
        for (Item entry : due) {
            if (transactions.untilDone(() -> attempt(entry.string("tenantId"), entry.string("courseId"),
                    entry.string("enrolmentId"), today, at))) {
                issued++;
            }
        }
        return new ReminderRun(due.size(), issued);
    }

    /** @return true when this attempt issued the note, false when there is none to issue, null to try again */
    private Boolean attempt(String tenantId, String courseId, String enrolmentId, LocalDate today, Instant at) {
        Optional<Item> stored = reads.get(CourseItems.pk(tenantId, courseId), EnrolmentItems.SK_PREFIX + enrolmentId);
        if (stored.isEmpty() || stored.get().string(Table.GSI2_SK) == null) {
            return false; // issued or dropped meanwhile
        }
        String dueKey = stored.get().string(Table.GSI2_SK);
        Enrolment enrolment = EnrolmentItems.fromItem(stored.get());
        Optional<Course> course = courses.find(tenantId, courseId);
        if (enrolment.status() != EnrolmentStatus.CONFIRMED || course.isEmpty()
                || course.get().status() != CourseStatus.OPEN || course.get().details().priceCents() == null) {
            return drop(enrolment, dueKey) ? false : null;
        }
        int year = today.getYear();
        long last = NoteItems.last(reads, tenantId, NoteKind.DEBIT_NOTE, year);
        String selfPayerId = stored.get().string(EnrolmentItems.SELF_PAYER_ID);
        DebitNoteIssued note = note(enrolment, selfPayerId, course.get(), NoteItems.number(year, last + 1), today, at);
        String table = transactions.tableName();
        List<TransactWriteItem> items = List.of(
                NoteItems.nextNumber(table, tenantId, NoteKind.DEBIT_NOTE, year, last),
                NoteItems.note(table, note, at),
                stillDue(enrolment, dueKey)
                        .set(EnrolmentItems.DEBIT_NOTE_NUMBER, Item.s(note.debitNoteNumber()))
                        .condition("#participant = :readParticipant")
                        .name("#participant", EnrolmentItems.STUDENT_ID)
                        .value(":readParticipant", Item.s(enrolment.studentId()))
                        .toTransactItem(table),
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                        .key(CourseItems.key(tenantId, courseId))
                        .conditionExpression("#status = :open AND #price = :price")
                        .expressionAttributeNames(Map.of("#status", CourseItems.STATUS,
                                "#price", CourseItems.PRICE_CENTS))
                        .expressionAttributeValues(Map.of(":open", Item.s(CourseStatus.OPEN.name()),
                                ":price", Item.n(note.amountCents()))).build()).build(),
                outbox.put(EventSources.REMINDERS, note));
        return transactions.write(items).committed() ? true : null;
    }

    /** Takes the enrolment off the due index, provided it is still there as read. */
    private boolean drop(Enrolment enrolment, String dueKey) {
        return transactions.write(List.of(stillDue(enrolment, dueKey).toTransactItem(transactions.tableName())))
                .committed();
    }

    private static ItemUpdate stillDue(Enrolment enrolment, String dueKey) {
        return ItemUpdate.of(EnrolmentItems.key(enrolment.tenantId(), enrolment.courseId(), enrolment.id()))
                .remove(Table.GSI2_PK).remove(Table.GSI2_SK)
                .condition("#dueKey = :readDueKey AND #enrolmentStatus = :readStatus")
                .name("#dueKey", Table.GSI2_SK).name("#enrolmentStatus", EnrolmentItems.STATUS)
                .value(":readDueKey", Item.s(dueKey))
                .value(":readStatus", Item.s(enrolment.status().name()));
    }

    /** @param selfPayerId the student who enrolled paying themself where a colleague took the enrolment over */
    private DebitNoteIssued note(Enrolment enrolment, String selfPayerId, Course course, String number, LocalDate today,
                                 Instant at) {
        String tenantId = enrolment.tenantId();
        Student student = student(tenantId, enrolment.studentId(), enrolment);
        Student selfPayer = selfPayerId == null ? student : student(tenantId, selfPayerId, enrolment);
        String providerName = providers.find(tenantId).map(Provider::name).orElse("");
        String payerName = selfPayer.fullName();
        String payerEmail = selfPayer.email();
        String copyTo = null;
        if (enrolment.payerOrganisationId() != null) {
            Organisation payer = organisations.find(tenantId, enrolment.payerOrganisationId()).orElseThrow(() ->
                    new IllegalStateException("the payer of enrolment " + enrolment.id() + " is gone"));
            payerName = payer.name();
            payerEmail = payer.billingEmail() != null ? payer.billingEmail() : payer.contactEmail();
            copyTo = student.email();
        }
        return DebitNoteIssued.of(tenantId, at, enrolment.id(), course.id(), student.id(),
                enrolment.payerOrganisationId(), number, today, course.details().priceCents(), providerName,
                course.type(), course.details().firstDay().date(), student.fullName(), payerName, payerEmail, copyTo);
    }

    private Student student(String tenantId, String studentId, Enrolment enrolment) {
        return students.find(tenantId, studentId).orElseThrow(() ->
                new IllegalStateException("student " + studentId + " of enrolment " + enrolment.id() + " is gone"));
    }
}
