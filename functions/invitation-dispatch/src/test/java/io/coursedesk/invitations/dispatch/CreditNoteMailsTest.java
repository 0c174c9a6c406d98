package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.invitations.notes.NotePdf;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.CreditNoteIssued;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.EventSources;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CreditNoteIssued from the local bus (the template's rule) to the SES emulator: the debit note's payer and the
 * participant's copy, each once however often the event comes, with the credit note's PDF naming the debit note.
 */
class CreditNoteMailsTest {
    private final MailWorld world = MailWorld.get();
    private EventBus bus;
    private String tenant;

    @BeforeEach
    void setUp() {
        bus = world.connectBus();
        tenant = world.newTenant();
    }

    @Test
    void thePayerAndTheParticipantGetTheCreditNoteWithItsPdfOnceHoweverOftenTheEventComes() throws IOException {
        String billing = "facturen-" + tenant + "@jansen.example";
        String student = "zoe-" + tenant + "@example.nl";
        DebitNoteIssued debitNote = DebitNoteIssued.of(tenant, Instant.now(), Ids.newId(), Ids.newId(), Ids.newId(),
                Ids.newId(), "2031-000123", LocalDate.of(2031, 9, 1), 123450L, "Veilig Werken Opleidingen", "BHV",
                LocalDate.of(2031, 9, 8), "Zoë Özdemir", "Bouwbedrijf Jansen", billing, student);
        CreditNoteIssued note = CreditNoteIssued.of(Instant.now(), debitNote, "2031-000004", LocalDate.of(2031, 9, 5));
        bus.deliverEachEventTimes(2);

        world.publish(EventSources.REMINDERS, note);
        world.publish(EventSources.REMINDERS, note);

        StoredEmail payerMail = world.awaitEmailTo(billing);
        StoredEmail copy = world.awaitEmailTo(student);
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(billing)).hasSize(1);
        assertThat(world.emailsTo(student)).hasSize(1);
        assertThat(payerMail.subject()).isEqualTo("Creditnota 2031-000004: BHV");
        assertThat(payerMail.text()).contains("Beste Bouwbedrijf Jansen,").contains("Zoë Özdemir")
                .contains("is geannuleerd").contains("creditnota 2031-000004").contains("€ 1.234,50")
                .contains("debetnota 2031-000123");
        assertThat(copy.text()).contains("Beste Zoë Özdemir,");
        for (StoredEmail mail : new StoredEmail[]{payerMail, copy}) {
            assertThat(mail.attachments()).hasSize(1);
            assertThat(mail.attachments().get(0).filename()).isEqualTo("creditnota-2031-000004.pdf");
            assertThat(mail.attachments().get(0).content()).isEqualTo(new NotePdf().render(note));
        }
        try (PDDocument pdf = Loader.loadPDF(payerMail.attachments().get(0).content())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Creditnota 2031-000004")
                    .contains("Datum: 05-09-2031").contains("Betreft: debetnota 2031-000123 van 01-09-2031")
                    .contains("Deelnemer: Zoë Özdemir").contains("Gecrediteerd bedrag: € 1.234,50")
                    .contains("Aan: Bouwbedrijf Jansen <" + billing + ">");
        }
        EmailRecord record = world.emailLog.find(tenant, note.eventId(), "PAYER").orElseThrow();
        assertThat(record.status()).isEqualTo(EmailStatus.SENT);
        assertThat(record.kind()).isEqualTo("CREDIT_NOTE");
        assertThat(bus.deadLetters()).isEmpty();
    }
}
