package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.invitations.notes.NotePdf;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.EventSources;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DebitNoteIssued from the local bus (the template's rule) to the SES emulator: the payer's mail and the participant's
 * copy, each once, each with the same PDF copy of the note.
 */
class DebitNoteMailsTest {
    private final MailWorld world = MailWorld.get();
    private EventBus bus;
    private String tenant;

    @BeforeEach
    void setUp() {
        bus = world.connectBus();
        tenant = world.newTenant();
    }

    @Test
    void thePayerAndTheParticipantGetTheNoteWithItsPdfOnceHoweverOftenTheEventComes() throws IOException {
        String billing = "facturen-" + tenant + "@jansen.example";
        String student = "zoe-" + tenant + "@example.nl";
        DebitNoteIssued note = note(billing, student);
        bus.deliverEachEventTimes(2);

        world.publish(EventSources.REMINDERS, note);
        world.publish(EventSources.REMINDERS, note);

        StoredEmail payerMail = world.awaitEmailTo(billing);
        StoredEmail copy = world.awaitEmailTo(student);
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(billing)).hasSize(1);
        assertThat(world.emailsTo(student)).hasSize(1);
        assertThat(payerMail.subject()).isEqualTo("Debetnota 2031-000123: BHV");
        assertThat(payerMail.text()).contains("Beste Bouwbedrijf Jansen,").contains("Zoë Özdemir")
                .contains("€ 1.234,50").contains("BHV op 08-09-2031");
        assertThat(copy.text()).contains("Beste Zoë Özdemir,");
        for (StoredEmail mail : new StoredEmail[]{payerMail, copy}) {
            assertThat(mail.attachments()).hasSize(1);
            assertThat(mail.attachments().get(0).filename()).isEqualTo("debetnota-2031-000123.pdf");
            assertThat(mail.attachments().get(0).contentType()).startsWith("application/pdf");
            assertThat(mail.attachments().get(0).content()).isEqualTo(new NotePdf().render(note));
        }
        try (PDDocument pdf = Loader.loadPDF(payerMail.attachments().get(0).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Debetnota 2031-000123")
                    .contains("Deelnemer: Zoë Özdemir").contains("Bedrag: € 1.234,50")
                    .contains("Aan: Bouwbedrijf Jansen <" + billing + ">").contains("Cursus: BHV, 08-09-2031");
            Path png = Path.of("target", "debit-note.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 72), "png", png.toFile());
        }
        EmailRecord record = world.emailLog.find(tenant, note.eventId(), "PAYER").orElseThrow();
        assertThat(record.status()).isEqualTo(EmailStatus.SENT);
        assertThat(record.kind()).isEqualTo("DEBIT_NOTE");
        assertThat(bus.deadLetters()).isEmpty();
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

    private DebitNoteIssued note(String payerEmail, String copyTo) {
        String enrolmentId = Ids.newId();
        return DebitNoteIssued.of(tenant, Instant.now(), enrolmentId, Ids.newId(), Ids.newId(),
                copyTo == null ? null : Ids.newId(), "2031-000123", LocalDate.of(2031, 9, 1), 123450L,
                "Veilig Werken Opleidingen", "BHV", LocalDate.of(2031, 9, 8), "Zoë Özdemir",
                copyTo == null ? "Zoë Özdemir" : "Bouwbedrijf Jansen", payerEmail, copyTo);
    }
}
