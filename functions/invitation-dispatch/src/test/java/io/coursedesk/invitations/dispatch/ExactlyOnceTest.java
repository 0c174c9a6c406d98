package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.CourseCancelled;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EventSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At-least-once delivery in, one mail out. */
class ExactlyOnceTest extends MailTest {
    private Course course;
    private Student student;
    private EnrolmentConfirmed event;

    @BeforeEach
    void setUp() {
        course = world.course(tenant, "Basic Life Support", null);
        student = world.student(tenant, "Sanne", "Visser", null);
        event = new EnrolmentConfirmed("EnrolmentConfirmed:" + student.id(), tenant, Instant.now(), course.id(),
                student.id(), student.id(), null);
    }

    @Test
    void anEventDeliveredThreeTimesAtOnceSendsOneMail() {
        bus.deliverEachEventTimes(3);

        world.publish(EventSources.ENROLMENT, event);

        world.awaitEmailTo(student.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).hasSize(1);
        assertThat(bus.deadLetters()).isEmpty();
        EmailRecord record = world.emailLog.find(tenant, event.eventId(), "STUDENT#" + student.id()).orElseThrow();
        assertThat(record.status()).isEqualTo(EmailStatus.SENT);
        assertThat(record.attempts()).isEqualTo(1);
        assertThat(record.sesMessageId()).isEqualTo(world.emailsTo(student.email()).get(0).messageId());
        assertThat(record.to()).isEqualTo(student.email());
        assertThat(record.subject()).isEqualTo("Bevestiging inschrijving Basic Life Support op 08-09-2031");
        assertThat(record.kind()).isEqualTo("ENROLMENT_CONFIRMATION");
        assertThat(record.sentAt()).isNotNull();
    }

    @Test
    void aCancelledCourseDeliveredThreeTimesMailsEachParticipantOnce() {
        Student waiting = world.student(tenant, "Tom", "Wachter", null);
        world.enrol(course, student, EnrolmentStatus.CONFIRMED);
        world.enrol(course, waiting, EnrolmentStatus.WAITLISTED);
        CourseCancelled cancelled = new CourseCancelled("CourseCancelled:" + course.id(), tenant, Instant.now(), course.id());
        bus.deliverEachEventTimes(3);

        world.publish(EventSources.ENROLMENT, cancelled);

        world.awaitEmailTo(student.email());
        world.awaitEmailTo(waiting.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(world.emailsTo(student.email())).hasSize(1);
        assertThat(world.emailsTo(waiting.email())).hasSize(1);
        assertThat(bus.deadLetters()).isEmpty();
        for (Student participant : List.of(student, waiting)) {
            EmailRecord record = world.emailLog.find(tenant, cancelled.eventId(), "STUDENT#" + participant.id()).orElseThrow();
            assertThat(record.status()).isEqualTo(EmailStatus.SENT);
            assertThat(record.attempts()).isEqualTo(1);
            assertThat(record.kind()).isEqualTo("COURSE_CANCELLATION");
            assertThat(record.to()).isEqualTo(participant.email());
            assertThat(record.sesMessageId()).isEqualTo(world.emailsTo(participant.email()).get(0).messageId());
        }
    }

    @Test
    void anEventDeliveredThreeTimesOneAfterAnotherSendsOneMail() throws Exception {
        String envelope = FunctionUnderTest.envelope(EventSources.ENROLMENT, event);

        world.dispatch.deliver(envelope);
        world.dispatch.deliver(envelope);
        world.dispatch.deliver(envelope);

        assertThat(world.emailsTo(student.email())).hasSize(1);
    }

    @Test
    void twentyDeliveriesRacingForTheSameMailSendItOnceAndTheLosersAskToBeRetried() throws Exception {
        String envelope = FunctionUnderTest.envelope(EventSources.ENROLMENT, event);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> deliveries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            deliveries.add(threads.submit(() -> {
                start.await();
                world.dispatch.deliver(envelope);
                return null;
            }));
        }
        start.countDown();
        int retriesAsked = 0;
        for (Future<?> delivery : deliveries) {
            try {
                delivery.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(MailInProgressException.class);
                retriesAsked++;
            }
        }
        threads.shutdown();

        assertThat(world.emailsTo(student.email())).hasSize(1);
        assertThat(retriesAsked).isLessThan(20);
        assertThat(world.emailLog.find(tenant, event.eventId(), "STUDENT#" + student.id()).orElseThrow().attempts())
                .isEqualTo(1);
    }

    @Test
    void aFreshClaimOfAnotherDeliveryMakesThisDeliveryFailSoItIsRetriedLater() {
        claim(Instant.now());

        assertThatThrownBy(() -> world.dispatch.deliver(FunctionUnderTest.envelope(EventSources.ENROLMENT, event)))
                .isInstanceOf(MailInProgressException.class);
        assertThat(world.emailsTo(student.email())).isEmpty();
    }

    @Test
    void aClaimWhoseDeliveryDiedBeforeSendingIsTakenOverAndTheMailSent() throws Exception {
        claim(Instant.now().minus(Duration.ofMinutes(2)));

        world.dispatch.deliver(FunctionUnderTest.envelope(EventSources.ENROLMENT, event));

        assertThat(world.emailsTo(student.email())).hasSize(1);
        EmailRecord record = world.emailLog.find(tenant, event.eventId(), "STUDENT#" + student.id()).orElseThrow();
        assertThat(record.status()).isEqualTo(EmailStatus.SENT);
        assertThat(record.attempts()).isEqualTo(2);
    }

    private void claim(Instant at) {
        world.leaveClaim(tenant, event.eventId(), "STUDENT#" + student.id(), at);
    }
}
