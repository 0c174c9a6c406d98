package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.persistence.FailedNotes;
import io.coursedesk.shared.persistence.FailedNotes.FailedNote;
import io.coursedesk.shared.persistence.NoteItems;
import io.coursedesk.shared.persistence.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A note whose mail to the payer fails is marked on the note item for the dashboard (SES refusing it, or no valid
 * payer address) until a later delivery sends it; the event still fails, so it is retried.
 */
class FailedNoteMailsTest {
    private static MailWorld world;
    private static SesFaultProxy proxy;
    private static FunctionUnderTest dispatch;
    private static FailedNotes failedNotes;

    private String tenant;

    @BeforeAll
    static void startProxy() {
        world = MailWorld.get();
        proxy = new SesFaultProxy(world.aws.ses().endpoint());
        dispatch = MailWorld.dispatchFunction(Map.of("coursedesk.aws.endpoint.ses", proxy.endpoint().toString()));
        failedNotes = new FailedNotes(world.aws.dynamoDbClient(), new Table(world.aws.tableName()));
    }

    @AfterAll
    static void stopProxy() throws Exception {
        if (dispatch != null) {
            dispatch.close();
            proxy.close();
        }
    }

    @BeforeEach
    void setUp() {
        proxy.reset();
        tenant = world.newTenant();
    }

    @Test
    void aPayerMailSesRefusesMarksTheNoteUntilALaterDeliverySendsIt() throws Exception {
        String payer = "facturen-" + tenant + "@jansen.example";
        DebitNoteIssued note = issued(payer);
        proxy.failAlways(SesFaultProxy.Fault.REJECTED);

        assertThatThrownBy(() -> dispatch.deliver(FunctionUnderTest.envelope(EventSources.REMINDERS, note)))
                .isInstanceOf(EmailNotSentException.class);
        List<FailedNote> marked = failedNotes.list(tenant, 10);
        proxy.reset();
        dispatch.deliver(FunctionUnderTest.envelope(EventSources.REMINDERS, note));

        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).noteNumber()).isEqualTo("2031-000042");
        assertThat(marked.get(0).payerEmail()).isEqualTo(payer);
        assertThat(marked.get(0).reason()).contains("Email address is not verified");
        assertThat(failedNotes.list(tenant, 10)).isEmpty();
        assertThat(world.emailsTo(payer)).hasSize(1);
        assertThat(failedNotes.list(world.newTenant(), 10)).isEmpty();
    }

    @Test
    void aNoteWithoutAValidPayerAddressIsMarkedAndItsEventFails() {
        DebitNoteIssued note = issued("geen adres");

        assertThatThrownBy(() -> dispatch.deliver(FunctionUnderTest.envelope(EventSources.REMINDERS, note)))
                .hasMessageContaining("has no valid payer address");

        assertThat(failedNotes.list(tenant, 10)).extracting(FailedNote::reason)
                .containsExactly("no valid payer address: geen adres");
        assertThat(proxy.requests()).isZero();
    }

    /** A debit note as the daily run issues it: the note item, and its event. */
    private DebitNoteIssued issued(String payerEmail) {
        DebitNoteIssued note = DebitNoteIssued.of(tenant, Instant.now(), Ids.newId(), Ids.newId(), Ids.newId(), null,
                "2031-000042", LocalDate.of(2031, 9, 1), 9500L, "Opleidingen Zuid", "EHBO", LocalDate.of(2031, 9, 20),
                "Sem de Boer", "Sem de Boer", payerEmail, null);
        world.aws.dynamoDbClient().transactWriteItems(b -> b.transactItems(
                NoteItems.note(world.aws.tableName(), note, note.occurredAt())));
        return note;
    }
}
