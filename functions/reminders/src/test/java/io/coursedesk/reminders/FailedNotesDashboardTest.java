package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.NoteKind;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.persistence.FailedNotes;
import io.coursedesk.shared.persistence.NoteItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static io.coursedesk.reminders.ReminderWorld.amsterdam;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /dashboard}'s notes that failed to send: a note the dispatch function marked (its payer's mail failed) is
 * listed with its number, payer, course and reason until a later attempt sends it; another provider sees none.
 */
class FailedNotesDashboardTest {
    private final ReminderWorld world = new ReminderWorld();
    private final Table table = new Table(world.aws.tableName());
    /** What the dispatch function marks and clears the notes with. */
    private final FailedNotes failedNotes = new FailedNotes(world.aws.dynamoDbClient(), table);

    @Test
    void aNoteWhoseMailFailedIsListedUntilItIsSentAndOnlyToItsProvider() throws Exception {
        LocalDate enrolled = LocalDate.of(world.year, 2, 9);
        Course course = world.pricedCourse(enrolled.plusMonths(1), 24995L);
        String organisationId = world.organisation("facturen@jansen.example");
        Enrolment failed = world.confirmed(course, world.student(organisationId), organisationId,
                amsterdam(enrolled, LocalTime.of(9, 0)));
        world.confirmed(course, world.student(null), null, amsterdam(enrolled, LocalTime.of(9, 0)));
        world.run(amsterdam(enrolled.plusDays(7), LocalTime.of(7, 0)));
        DebitNoteIssued note = debitNote(failed);

        assertThat(failedNotes.mark(note, "SesV2Exception: Email address is not verified", Instant.now())).isTrue();
        JsonNode listed = notesFailedToSend(world);
        JsonNode seenByOther = notesFailedToSend(new ReminderWorld());
        failedNotes.clear(note);
        JsonNode afterSending = notesFailedToSend(world);

        assertThat(listed.path("items")).hasSize(1);
        JsonNode row = listed.path("items").get(0);
        assertThat(row.path("kind").asText()).isEqualTo("DEBIT_NOTE");
        assertThat(row.path("noteNumber").asText()).isEqualTo(note.debitNoteNumber());
        assertThat(row.path("issuedOn").asText()).isEqualTo(enrolled.plusDays(7).toString());
        assertThat(row.path("payerName").asText()).isEqualTo("Bouwbedrijf Jansen");
        assertThat(row.path("payerEmail").asText()).isEqualTo("facturen@jansen.example");
        assertThat(row.path("courseId").asText()).isEqualTo(course.id());
        assertThat(row.path("courseType").asText()).isEqualTo("BHV");
        assertThat(row.path("participantName").asText()).isEqualTo("Kim de Vries");
        assertThat(row.path("amountCents").asLong()).isEqualTo(24995L);
        assertThat(row.path("reason").asText()).contains("not verified");
        assertThat(listed.path("more").asBoolean()).isFalse();
        assertThat(seenByOther.path("items")).isEmpty();
        assertThat(afterSending.path("items")).isEmpty();
    }

    private DebitNoteIssued debitNote(Enrolment enrolment) {
        String number = world.debitNotes().stream()
                .filter(n -> n.path("enrolmentId").asText().equals(enrolment.id()))
                .map(n -> n.path("debitNoteNumber").asText()).findFirst().orElseThrow();
        return NoteItems.find(new TableReads(world.aws.dynamoDbClient(), table), world.tenantId, NoteKind.DEBIT_NOTE,
                number).map(NoteItems::debitNote).orElseThrow();
    }

    private static JsonNode notesFailedToSend(ReminderWorld world) {
        return world.call(ApiGatewayEvents.get("/dashboard").bearer(world.adminToken())).json()
                .path("notesFailedToSend");
    }
}
