package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.bus.DeadLetter;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.invitations.aws.MailClientFactory;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.events.DebitNoteIssued;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.persistence.FailedNotes.FailedNote;
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
import static org.assertj.core.groups.Tuple.tuple;

/** SES answering with errors, injected on the wire by a proxy in front of the SES emulator. */
class SesFaultsTest {
    /** Set before all tests rather than at class initialisation, so that a LocalStack run without Docker skips the class. */
    private static MailWorld WORLD;
    private static SesFaultProxy proxy;
    private static FunctionUnderTest dispatch;

    private EventBus bus;
    private String tenant;
    private Student student;
    private EnrolmentConfirmed event;

    @BeforeAll
    static void startProxy() {
        WORLD = MailWorld.get();
        proxy = new SesFaultProxy(WORLD.aws.ses().endpoint());
        dispatch = MailWorld.dispatchFunction(Map.of("coursedesk.aws.endpoint.ses", proxy.endpoint().toString()));
    }

    @AfterAll
    static void stopProxy() throws Exception {
        // null where the start was skipped (LocalStack without Docker)
        if (dispatch != null) {
            dispatch.close();
            proxy.close();
        }
    }

    @BeforeEach
    void setUp() {
        proxy.reset();
        bus = WORLD.aws.eventBus();
        bus.reset();
        dispatch.receiveFromBus();
        tenant = WORLD.newTenant();
        Course course = WORLD.course(tenant, "BHV", null);
        student = WORLD.student(tenant, "Tom", "Hendriks", null);
        event = new EnrolmentConfirmed("EnrolmentConfirmed:" + student.id(), tenant, Instant.now(), course.id(),
                student.id(), student.id(), null);
    }

    @Test
    void throttlingIsRetriedWithBackoffAndTheMailGoesOutOnce() throws Exception {
        proxy.fail(2, SesFaultProxy.Fault.THROTTLING);

        dispatch.deliver(FunctionUnderTest.envelope(EventSources.ENROLMENT, event));

        assertThat(proxy.requests()).isEqualTo(3);
        assertThat(WORLD.emailsTo(student.email())).hasSize(1);
        assertThat(record().status()).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void aServerErrorIsRetriedToo() throws Exception {
        proxy.fail(1, SesFaultProxy.Fault.UNAVAILABLE);

        dispatch.deliver(FunctionUnderTest.envelope(EventSources.ENROLMENT, event));

        assertThat(proxy.requests()).isEqualTo(2);
        assertThat(WORLD.emailsTo(student.email())).hasSize(1);
    }

    @Test
    void throttlingBeyondTheClientsRetriesFailsTheDeliveryAndTheNextDeliverySendsTheMail() {
        proxy.fail(MailClientFactory.SES_MAX_ATTEMPTS, SesFaultProxy.Fault.THROTTLING);

        WORLD.publish(EventSources.ENROLMENT, event);

        WORLD.awaitEmailTo(student.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(WORLD.emailsTo(student.email())).hasSize(1);
        assertThat(bus.deadLetters()).isEmpty();
        EmailRecord record = record();
        assertThat(record.status()).isEqualTo(EmailStatus.SENT);
        assertThat(record.attempts()).isEqualTo(2);
    }

    @Test
    void aPermanentRefusalIsRecordedAsFailedAndTheHandlerFails() {
        proxy.failAlways(SesFaultProxy.Fault.REJECTED);

        assertThatThrownBy(() -> dispatch.deliver(FunctionUnderTest.envelope(EventSources.ENROLMENT, event)))
                .isInstanceOf(EmailNotSentException.class)
                .hasMessageContaining("Email address is not verified");

        assertThat(proxy.requests()).isEqualTo(1);
        EmailRecord record = record();
        assertThat(record.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(record.error()).contains("Email address is not verified");
        assertThat(WORLD.emailsTo(student.email())).isEmpty();
    }

    @Test
    void aPermanentRefusalEndsInTheDeadLetterQueueAfterLambdasRetries() {
        proxy.failAlways(SesFaultProxy.Fault.REJECTED);

        WORLD.publish(EventSources.ENROLMENT, event);

        bus.awaitIdle(MailWorld.WAIT);
        List<DeadLetter> deadLetters = bus.deadLetters();
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).rule()).isEqualTo(MailWorld.DISPATCH_FUNCTION + ".EnrolmentMails");
        assertThat(deadLetters.get(0).envelopeJson()).contains(event.eventId());
        assertThat(deadLetters.get(0).lastError()).contains(EmailNotSentException.class.getName());
        // the function ran and failed: Lambda's EventInvokeConfig.MaximumRetryAttempts (2), not the rule's 5
        assertThat(deadLetters.get(0).shape()).isEqualTo(DeadLetter.Shape.LAMBDA_FAILURE_RECORD);
        assertThat(deadLetters.get(0).attempts()).isEqualTo(3);
        assertThat(record().status()).isEqualTo(EmailStatus.FAILED);
        assertThat(record().attempts()).isEqualTo(3);
        assertThat(WORLD.emailsTo(student.email())).isEmpty();
    }

    @Test
    void aPayerMailSesRefusesMarksItsNoteForTheDashboardUntilALaterDeliverySendsIt() throws Exception {
        String payer = "facturen-" + tenant + "@jansen.example";
        DebitNoteIssued note = WORLD.issue(DebitNoteIssued.of(tenant, Instant.now(), Ids.newId(), Ids.newId(),
                student.id(), null, "2031-000042", LocalDate.of(2031, 9, 1), 9500L, "Opleidingen Zuid", "EHBO",
                LocalDate.of(2031, 9, 20), "Tom Hendriks", "Tom Hendriks", payer, null));
        proxy.failAlways(SesFaultProxy.Fault.REJECTED);

        assertThatThrownBy(() -> dispatch.deliver(FunctionUnderTest.envelope(EventSources.REMINDERS, note)))
                .isInstanceOf(EmailNotSentException.class);
        List<FailedNote> marked = WORLD.failedNotes.list(tenant, 10);
        proxy.reset();
        dispatch.deliver(FunctionUnderTest.envelope(EventSources.REMINDERS, note));

        assertThat(marked).extracting(FailedNote::noteNumber, FailedNote::payerEmail)
                .containsExactly(tuple("2031-000042", payer));
        assertThat(marked.get(0).reason()).contains("Email address is not verified");
        assertThat(WORLD.failedNotes.list(tenant, 10)).isEmpty();
        assertThat(WORLD.emailsTo(payer)).hasSize(1);
    }

    private EmailRecord record() {
        return WORLD.emailLog.find(tenant, event.eventId(), "STUDENT#" + student.id()).orElseThrow();
    }
}
