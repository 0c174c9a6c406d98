package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.coursedesk.reminders.ReminderWorld.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily run's credit notes: an enrolment cancelled after its debit note, or on a cancelled course, gets one credit
 * note of its own number series, referring to the debit note, for the same payer and amount; one cancelled before its
 * debit note gets neither.
 */
class CreditNotesTest {
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    private final ReminderWorld world = new ReminderWorld();

    @Test
    void anEnrolmentCancelledAfterItsDebitNoteGetsOneCreditNoteOfItsOwnSeriesForTheSamePayer() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 3, 2);
        Course course = world.pricedCourse(enrolled.plusMonths(2), 19500L);
        String organisationId = world.organisation("facturen@jansen.example");
        Enrolment kept = world.confirmed(course, world.student(null), null, amsterdam(enrolled, SEVEN));
        Enrolment cancelled = world.confirmed(course, world.student(organisationId), organisationId,
                amsterdam(enrolled, SEVEN));
        world.run(amsterdam(enrolled.plusDays(7), SEVEN));
        JsonNode debitNote = note(world.debitNotes(), cancelled);
        // a colleague took the seat after the debit note: the credit note is the debit note's, not the colleague's
        world.set(cancelled, EnrolmentItems.STUDENT_ID, world.student(organisationId));
        world.cancel(cancelled, amsterdam(enrolled.plusDays(9), LocalTime.of(14, 0)));

        JsonNode first = world.run(amsterdam(enrolled.plusDays(10), SEVEN));
        JsonNode again = world.run(amsterdam(enrolled.plusDays(10), SEVEN));
        JsonNode nextDay = world.run(amsterdam(enrolled.plusDays(11), SEVEN));

        assertThat(first.path("published").asInt()).isEqualTo(1);
        assertThat(again.path("published").asInt()).isZero();
        assertThat(nextDay.path("published").asInt()).isZero();
        assertThat(world.creditNotes()).hasSize(1);
        JsonNode credit = world.creditNotes().get(0);
        assertThat(credit.path("eventId").asText()).isEqualTo("CreditNoteIssued:" + cancelled.id());
        assertThat(credit.path("creditNoteNumber").asText()).isEqualTo(world.year + "-000001");
        assertThat(credit.path("issuedOn").asText()).isEqualTo(enrolled.plusDays(10).toString());
        assertThat(credit.path("debitNoteNumber").asText()).isEqualTo(debitNote.path("debitNoteNumber").asText())
                .isIn(world.year + "-000001", world.year + "-000002");
        assertThat(credit.path("debitNoteIssuedOn").asText()).isEqualTo(enrolled.plusDays(7).toString());
        for (String field : List.of("enrolmentId", "courseId", "studentId", "payerOrganisationId", "amountCents",
                "providerName", "courseType", "courseFirstDay", "participantName", "payerName", "payerEmail",
                "copyToEmail")) {
            assertThat(credit.path(field)).as(field).isEqualTo(debitNote.path(field));
        }
        assertThat(credit.path("payerEmail").asText()).isEqualTo("facturen@jansen.example");
        assertThat(credit.path("amountCents").asLong()).isEqualTo(19500L);
        assertThat(credit.has("kind")).isFalse();
        assertThat(world.enrolmentItem(cancelled)).doesNotContainKeys(Table.GSI2_PK, Table.GSI2_SK)
                .containsEntry(EnrolmentItems.CREDIT_NOTE_NUMBER, Item.s(world.year + "-000001"));
        assertThat(world.enrolmentItem(kept)).doesNotContainKey(EnrolmentItems.CREDIT_NOTE_NUMBER);
    }

    @Test
    void anEnrolmentCancelledBeforeItsDebitNoteGetsNeitherNote() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 4, 6);
        Course course = world.pricedCourse(enrolled.plusMonths(1), 5000L);
        Enrolment enrolment = world.confirmed(course, world.student(null), null, amsterdam(enrolled, SEVEN));
        world.cancel(enrolment, amsterdam(enrolled.plusDays(6), LocalTime.of(23, 0)));

        world.run(amsterdam(enrolled.plusDays(7), SEVEN));
        world.run(amsterdam(enrolled.plusDays(8), SEVEN));

        assertThat(world.debitNotes()).isEmpty();
        assertThat(world.creditNotes()).isEmpty();
        assertThat(world.enrolmentItem(enrolment)).doesNotContainKeys(Table.GSI2_PK, EnrolmentItems.DEBIT_NOTE_NUMBER,
                EnrolmentItems.CREDIT_NOTE_NUMBER);
    }

    @Test
    void aCancelledCourseCreditsEachOfItsDebitNotesOnceAndNoneOfItsOtherEnrolments() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 6, 1);
        Course course = world.pricedCourse(enrolled.plusMonths(1), 12500L);
        Enrolment cancelledFirst = world.confirmed(course, world.student(null), null, amsterdam(enrolled, SEVEN));
        Enrolment billed = world.confirmed(course, world.student(null), null, amsterdam(enrolled, SEVEN));
        Enrolment notYetBilled = world.confirmed(course, world.student(null), null,
                amsterdam(enrolled.plusDays(5), SEVEN));
        world.run(amsterdam(enrolled.plusDays(7), SEVEN));
        world.cancel(cancelledFirst, amsterdam(enrolled.plusDays(8), LocalTime.of(10, 0)));
        world.cancel(course, amsterdam(enrolled.plusDays(8), LocalTime.of(11, 0)));

        JsonNode run = world.run(amsterdam(enrolled.plusDays(9), SEVEN));
        world.run(amsterdam(enrolled.plusDays(12), SEVEN));

        assertThat(run.path("published").asInt()).isEqualTo(2);
        assertThat(world.debitNotes()).extracting(n -> n.path("enrolmentId").asText())
                .containsExactlyInAnyOrder(cancelledFirst.id(), billed.id());
        assertThat(world.creditNotes()).extracting(n -> n.path("enrolmentId").asText())
                .containsExactlyInAnyOrder(cancelledFirst.id(), billed.id());
        assertThat(world.creditNotes()).extracting(n -> n.path("creditNoteNumber").asText())
                .containsExactlyInAnyOrder(world.year + "-000001", world.year + "-000002");
        assertThat(world.enrolmentItem(notYetBilled)).doesNotContainKeys(Table.GSI2_PK, EnrolmentItems.DEBIT_NOTE_NUMBER,
                EnrolmentItems.CREDIT_NOTE_NUMBER);
        assertThat(world.aws.dynamoDbClient().getItem(b -> b.tableName(world.aws.tableName()).consistentRead(true)
                .key(CourseItems.key(world.tenantId, course.id()))).item()).doesNotContainKey(Table.GSI2_PK);
    }

    @Test
    void twentyCancellationsTakeTwentyConsecutiveCreditNumbersEvenWithTwoRunsAtOnce() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 9, 7);
        Course course = world.pricedCourse(enrolled.plusMonths(2), 7500L);
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            enrolments.add(world.confirmed(course, world.student(null), null, amsterdam(enrolled, LocalTime.of(9, i))));
        }
        world.run(amsterdam(enrolled.plusDays(7), SEVEN));
        for (Enrolment enrolment : enrolments) {
            world.cancel(enrolment, amsterdam(enrolled.plusDays(7), LocalTime.of(12, 0)));
        }

        int published = world.runTwiceAtOnce(amsterdam(enrolled.plusDays(8), SEVEN));

        assertThat(published).isEqualTo(20);
        assertThat(world.creditNotes()).extracting(n -> n.path("creditNoteNumber").asText())
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20)
                        .mapToObj(i -> "%d-%06d".formatted(world.year, i)).toList());
        assertThat(world.creditNotes()).extracting(n -> n.path("debitNoteNumber").asText())
                .containsExactlyInAnyOrderElementsOf(world.debitNotes().stream()
                        .map(n -> n.path("debitNoteNumber").asText()).toList());
    }

    private static JsonNode note(List<JsonNode> notes, Enrolment enrolment) {
        return notes.stream().filter(n -> n.path("enrolmentId").asText().equals(enrolment.id())).findFirst()
                .orElseThrow();
    }

}
