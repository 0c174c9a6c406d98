package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Table;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.coursedesk.reminders.ReminderWorld.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily run's debit notes: seven Amsterdam days after an enrolment was confirmed, once, numbered per provider and
 * year without gaps however many runs there are at once, caught up after missed days, to the paying organisation or
 * the student.
 */
class DebitNotesTest {
    private static final LocalTime SEVEN = LocalTime.of(7, 0);

    private final ReminderWorld world = new ReminderWorld();

    @Test
    void twentyDueAtOnceTakeTwentyConsecutiveNumbersEvenWithTwoRunsAtOnce() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 3, 2);
        Course course = world.pricedCourse(enrolled.plusMonths(2), 19500L);
        for (int i = 0; i < 20; i++) {
            world.confirmed(course, world.student(null), null, amsterdam(enrolled, LocalTime.of(10, i)));
        }
        Instant due = amsterdam(enrolled.plusDays(7), SEVEN);

        assertThat(world.runTwiceAtOnce(due)).isEqualTo(20);

        List<String> numbers = world.debitNotes().stream().map(n -> n.path("debitNoteNumber").asText()).toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20)
                .mapToObj(i -> "%d-%06d".formatted(world.year, i)).toList());
        assertThat(world.debitNotes()).extracting(n -> n.path("amountCents").asLong()).containsOnly(19500L);
    }

    @Test
    void aNoteIsDueOnTheSeventhAmsterdamDayCaughtUpOnceAfterSkippedDaysAndNeverTwice() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 5, 11);
        Course course = world.pricedCourse(enrolled.plusMonths(1), 9995L);
        // 23:30 in Amsterdam is already the next day's date there, still the enrolment day in UTC
        Enrolment enrolment = world.confirmed(course, world.student(null), null, amsterdam(enrolled, LocalTime.of(23, 30)));

        JsonNode early = world.run(amsterdam(enrolled.plusDays(6), SEVEN));
        // the runs of days 7, 8 and 9 never came
        JsonNode late = world.run(amsterdam(enrolled.plusDays(10), SEVEN));
        JsonNode again = world.run(amsterdam(enrolled.plusDays(10), SEVEN));
        JsonNode nextDay = world.run(amsterdam(enrolled.plusDays(11), SEVEN));

        assertThat(early.path("published").asInt()).isZero();
        assertThat(late.path("published").asInt()).isEqualTo(1);
        assertThat(again.path("published").asInt()).isZero();
        assertThat(nextDay.path("published").asInt()).isZero();
        assertThat(world.debitNotes()).hasSize(1);
        JsonNode note = world.debitNotes().get(0);
        assertThat(note.path("eventId").asText()).isEqualTo("DebitNoteIssued:" + enrolment.id());
        assertThat(note.path("debitNoteNumber").asText()).isEqualTo(world.year + "-000001");
        assertThat(note.path("issuedOn").asText()).isEqualTo(enrolled.plusDays(10).toString());
        Map<String, ?> stored = world.enrolmentItem(enrolment);
        assertThat(stored).doesNotContainKeys(Table.GSI2_PK, Table.GSI2_SK)
                .containsKey(EnrolmentItems.DEBIT_NOTE_NUMBER);
    }

    @Test
    void theOrganisationsBillingAddressPaysWithACopyToTheStudentAndASelfPayingStudentGetsItThemself()
            throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 8, 3);
        Course course = world.pricedCourse(enrolled.plusMonths(1), 100000_00L);
        String organisationId = world.organisation("facturen@jansen.example");
        Enrolment paidByOrganisation = world.confirmed(course, world.student(organisationId), organisationId,
                amsterdam(enrolled, SEVEN));
        String contactOnly = world.organisation(null);
        Enrolment paidByContactOnly = world.confirmed(course, world.student(contactOnly), contactOnly,
                amsterdam(enrolled, SEVEN));
        Enrolment selfPaying = world.confirmed(course, world.student(null), null, amsterdam(enrolled, SEVEN));

        world.run(amsterdam(enrolled.plusDays(7), SEVEN));

        JsonNode organisation = note(paidByOrganisation);
        assertThat(organisation.path("payerOrganisationId").asText()).isEqualTo(organisationId);
        assertThat(organisation.path("payerName").asText()).isEqualTo("Bouwbedrijf Jansen");
        assertThat(organisation.path("payerEmail").asText()).isEqualTo("facturen@jansen.example");
        assertThat(organisation.path("copyToEmail").asText()).isEqualTo("kim@example.nl");
        assertThat(organisation.path("participantName").asText()).isEqualTo("Kim de Vries");
        assertThat(organisation.path("amountCents").asLong()).isEqualTo(100000_00L);
        assertThat(note(paidByContactOnly).path("payerEmail").asText()).isEqualTo("joke@jansen.example");
        JsonNode self = note(selfPaying);
        assertThat(self.path("payerOrganisationId").isNull()).isTrue();
        assertThat(self.path("payerEmail").asText()).isEqualTo("kim@example.nl");
        assertThat(self.path("copyToEmail").isNull()).isTrue();
    }

    @Test
    void cancelledBeforeTheSeventhDayOrWithoutAPriceGetsNoNoteAndLeavesTheDueIndex() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 10, 5);
        Course priced = world.pricedCourse(enrolled.plusMonths(1), 5000L);
        Enrolment cancelled = world.confirmed(priced, world.student(null), null, amsterdam(enrolled, SEVEN));
        world.set(cancelled, EnrolmentItems.STATUS, "CANCELLED");
        Course free = world.pricedCourse(enrolled.plusMonths(1), null);
        Enrolment withoutPrice = world.confirmed(free, world.student(null), null, amsterdam(enrolled, SEVEN));

        JsonNode run = world.run(amsterdam(enrolled.plusDays(7), SEVEN));

        assertThat(run.path("published").asInt()).isZero();
        assertThat(world.debitNotes()).isEmpty();
        assertThat(world.enrolmentItem(cancelled)).doesNotContainKeys(Table.GSI2_PK, EnrolmentItems.DEBIT_NOTE_NUMBER);
        assertThat(world.enrolmentItem(withoutPrice)).doesNotContainKeys(Table.GSI2_PK, EnrolmentItems.DEBIT_NOTE_NUMBER);
    }

    @Test
    void aReplacedParticipantIsNamedOnANoteNotYetIssuedAndChangesNoNoteIssued() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 11, 2);
        Course course = world.pricedCourse(enrolled.plusMonths(1), 25000L);
        String organisationId = world.organisation("facturen@jansen.example");
        Enrolment enrolment = world.confirmed(course, world.student(organisationId), organisationId,
                amsterdam(enrolled, SEVEN));
        String colleague = world.student(organisationId);
        replaceParticipant(enrolment, colleague);

        world.run(amsterdam(enrolled.plusDays(7), SEVEN));
        replaceParticipant(enrolment, world.student(organisationId));
        world.run(amsterdam(enrolled.plusDays(8), SEVEN));

        assertThat(world.debitNotes()).hasSize(1);
        assertThat(note(enrolment).path("studentId").asText()).isEqualTo(colleague);
        assertThat(note(enrolment).path("payerEmail").asText()).isEqualTo("facturen@jansen.example");
    }

    /** A participant who paid themself and handed the seat to a colleague still pays (the replacement keeps them). */
    @Test
    void aSelfPayingParticipantReplacedByAColleagueStillGetsTheNote() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 9, 14);
        Course course = world.pricedCourse(enrolled.plusMonths(1), 17500L);
        String organisationId = world.organisation("facturen@jansen.example");
        String payer = world.student(organisationId, "Lotte", "lotte@example.nl");
        Enrolment enrolment = world.confirmed(course, payer, null, amsterdam(enrolled, SEVEN));
        String colleague = world.student(organisationId, "Mees", "mees@example.nl");
        replaceParticipant(enrolment, colleague);
        world.set(enrolment, EnrolmentItems.SELF_PAYER_ID, payer);

        world.run(amsterdam(enrolled.plusDays(7), SEVEN));

        JsonNode note = note(enrolment);
        assertThat(note.path("studentId").asText()).isEqualTo(colleague);
        assertThat(note.path("participantName").asText()).isEqualTo("Mees de Vries");
        assertThat(note.path("payerName").asText()).isEqualTo("Lotte de Vries");
        assertThat(note.path("payerEmail").asText()).isEqualTo("lotte@example.nl");
        assertThat(note.path("payerOrganisationId").isNull()).isTrue();
    }

    private void replaceParticipant(Enrolment enrolment, String studentId) {
        world.set(enrolment, EnrolmentItems.STUDENT_ID, studentId);
    }

    private JsonNode note(Enrolment enrolment) {
        return world.debitNotes().stream().filter(n -> n.path("enrolmentId").asText().equals(enrolment.id()))
                .findFirst().orElseThrow();
    }
}
