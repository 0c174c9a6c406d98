package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.invitations.notes.NotePdf;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.CreditNoteIssued;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.NoteIssued;
import io.coursedesk.shared.persistence.FailedNotes.FailedNote;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * DebitNoteIssued and CreditNoteIssued from the local bus (the template's rule) to the SES emulator: the payer's mail
 * and the participant's copy, each once however often the event comes, each with the same PDF copy of the note.
 */
class NoteMailsTest extends MailTest {
    @Test
    void thePayerAndTheParticipantGetTheNoteWithItsPdfOnceHoweverOftenTheEventComes() throws IOException {
        String billing = "facturen-" + tenant + "@jansen.example";
        String student = "zoe-" + tenant + "@example.nl";
        DebitNoteIssued note = note(billing, student);

        StoredEmail payerMail = deliverTwice(note, billing, student);

        assertThat(payerMail.subject()).isEqualTo("Debetnota 2031-000123: BHV");
        assertThat(payerMail.text()).contains("Beste Bouwbedrijf Jansen,").contains("Zoë Özdemir")
                .contains("€ 1.234,50").contains("BHV op 08-09-2031");
        try (PDDocument pdf = Loader.loadPDF(payerMail.attachments().get(0).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Debetnota 2031-000123")
                    .contains("Deelnemer: Zoë Özdemir").contains("Bedrag: € 1.234,50")
                    .contains("Aan: Bouwbedrijf Jansen <" + billing + ">").contains("Cursus: BHV, 08-09-2031");
            Path png = Path.of("target", "debit-note.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 72), "png", png.toFile());
        }
        assertThat(world.emailLog.find(tenant, note.eventId(), "PAYER").orElseThrow().kind()).isEqualTo("DEBIT_NOTE");
    }

    @Test
    void theCreditNoteGoesToTheDebitNotesPayerAndParticipantOnceNamingTheDebitNote() throws IOException {
        String billing = "facturen-" + tenant + "@jansen.example";
        String student = "zoe-" + tenant + "@example.nl";
        CreditNoteIssued note = CreditNoteIssued.of(Instant.now(), note(billing, student), "2031-000004",
                LocalDate.of(2031, 9, 5));

        StoredEmail payerMail = deliverTwice(note, billing, student);

        assertThat(payerMail.subject()).isEqualTo("Creditnota 2031-000004: BHV");
        assertThat(payerMail.text()).contains("Beste Bouwbedrijf Jansen,").contains("Zoë Özdemir")
                .contains("is geannuleerd").contains("creditnota 2031-000004").contains("€ 1.234,50")
                .contains("debetnota 2031-000123");
        try (PDDocument pdf = Loader.loadPDF(payerMail.attachments().get(0).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Creditnota 2031-000004")
                    .contains("Datum: 05-09-2031").contains("Betreft: debetnota 2031-000123 van 01-09-2031")
                    .contains("Deelnemer: Zoë Özdemir").contains("Gecrediteerd bedrag: € 1.234,50")
                    .contains("Aan: Bouwbedrijf Jansen <" + billing + ">");
        }
        assertThat(world.emailLog.find(tenant, note.eventId(), "PAYER").orElseThrow().kind()).isEqualTo("CREDIT_NOTE");
    }

    @Test
    void aSelfPayingStudentGetsOneMailAndNoCopy() {
        String student = "sem-" + tenant + "@example.nl";
        DebitNoteIssued note = note(student, null);

        world.publish(EventSources.REMINDERS, note);

        StoredEmail mail = world.awaitEmailTo(student);
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student)).hasSize(1);
        assertThat(mail.attachments()).hasSize(1);
        assertThat(world.emailLog.find(tenant, note.eventId(), "COPY")).isEmpty();
    }

    @Test
    void aNoteWithoutAValidPayerAddressIsMarkedForTheDashboardAndItsEventFails() {
        DebitNoteIssued note = world.issue(note("geen adres", null));

        assertThatThrownBy(() -> world.dispatch.deliver(FunctionUnderTest.envelope(EventSources.REMINDERS, note)))
                .hasMessageContaining("has no valid payer address");

        assertThat(world.failedNotes.list(tenant, 10)).extracting(FailedNote::noteNumber, FailedNote::reason)
                .containsExactly(tuple("2031-000123", "no valid payer address: geen adres"));
        assertThat(world.failedNotes.list(world.newTenant(), 10)).isEmpty();
    }

    /** Publishes the note twice, delivered twice each; returns the payer's one mail once both have theirs. */
    private StoredEmail deliverTwice(NoteIssued note, String payer, String copyTo) {
        bus.deliverEachEventTimes(2);
        world.publish(EventSources.REMINDERS, note);
        world.publish(EventSources.REMINDERS, note);

        StoredEmail payerMail = world.awaitEmailTo(payer);
        StoredEmail copy = world.awaitEmailTo(copyTo);
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(payer)).hasSize(1);
        assertThat(world.emailsTo(copyTo)).hasSize(1);
        assertThat(copy.text()).contains("Beste Zoë Özdemir,");
        for (StoredEmail mail : new StoredEmail[]{payerMail, copy}) {
            assertThat(mail.attachments()).hasSize(1);
            assertThat(mail.attachments().get(0).filename()).isEqualTo(NotePdf.fileName(note))
                    .startsWith(note instanceof CreditNoteIssued ? "creditnota-" : "debetnota-");
            assertThat(mail.attachments().get(0).contentType()).startsWith("application/pdf");
            assertThat(mail.attachments().get(0).content()).isEqualTo(new NotePdf().render(note));
        }
        assertThat(world.emailLog.find(tenant, note.eventId(), "PAYER").orElseThrow().status())
                .isEqualTo(EmailStatus.SENT);
        assertThat(bus.deadLetters()).isEmpty();
        return payerMail;
    }

    private DebitNoteIssued note(String payerEmail, String copyTo) {
        String enrolmentId = Ids.newId();
        return DebitNoteIssued.of(tenant, Instant.now(), enrolmentId, Ids.newId(), Ids.newId(),
                copyTo == null ? null : Ids.newId(), "2031-000123", LocalDate.of(2031, 9, 1), 123450L,
                "Veilig Werken Opleidingen", "BHV", LocalDate.of(2031, 9, 8), "Zoë Özdemir",
                copyTo == null ? "Zoë Özdemir" : "Bouwbedrijf Jansen", payerEmail, copyTo);
    }
}
