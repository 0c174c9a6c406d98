package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalLambdaContext;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.email.EmailAddress;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lambda retries a failed event after about one and then two minutes; those retries must not fail on the claim
 * the failed attempt left. The real handler with a claim timeout of seconds instead of 90 s, against DynamoDB
 * Local and the SES emulator (behind a proxy that can refuse a mail).
 */
class LambdaRetryTest {
    /** Set before all tests rather than at class initialisation, so that a LocalStack run without Docker skips the class. */
    private static MailWorld WORLD;
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    private static SesFaultProxy proxy;
    private static FunctionUnderTest dispatch;

    private String tenant;
    private Student student;
    private EnrolmentConfirmed event;
    private String envelope;

    @BeforeAll
    static void start() {
        WORLD = MailWorld.get();
        proxy = new SesFaultProxy(WORLD.aws.ses().endpoint());
        dispatch = MailWorld.dispatchFunction(Map.of("coursedesk.aws.endpoint.ses", proxy.endpoint().toString(),
                "coursedesk.mail.claim-timeout", CLAIM_TIMEOUT.toSeconds() + "s"));
    }

    @AfterAll
    static void stop() throws Exception {
        // null where the start was skipped (LocalStack without Docker)
        if (dispatch != null) {
            dispatch.close();
            proxy.close();
        }
    }

    @BeforeEach
    void setUp() {
        proxy.reset();
        tenant = WORLD.newTenant();
        Course course = WORLD.course(tenant, "BHV", null);
        student = WORLD.student(tenant, "Sanne", "Visser", null);
        event = new EnrolmentConfirmed("EnrolmentConfirmed:" + student.id(), tenant, Instant.now(), course.id(),
                student.id(), student.id(), null);
        envelope = FunctionUnderTest.envelope(EventSources.ENROLMENT, event);
    }

    @Test
    void anAttemptThatFailsAfterClaimingReleasesItsClaimSoTheRetrySendsAtOnce() throws Exception {
        proxy.fail(1, SesFaultProxy.Fault.REJECTED);
        assertThatThrownBy(() -> deliver(fullTime())).isInstanceOf(EmailNotSentException.class);
        assertThat(record().status()).isEqualTo(EmailStatus.FAILED);

        long started = System.nanoTime();
        deliver(fullTime());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(CLAIM_TIMEOUT);
        assertThat(WORLD.emailsTo(student.email())).hasSize(1);
        assertThat(record().status()).isEqualTo(EmailStatus.SENT);
        assertThat(record().attempts()).isEqualTo(2);
    }

    @Test
    void aRetryWaitsForTheClaimOfAnAttemptThatDiedAndTakesItOver() throws Exception {
        Instant claimedAt = Instant.now();
        WORLD.leaveClaim(tenant, event.eventId(), mailKey(), claimedAt);

        deliver(fullTime());

        assertThat(Instant.now()).isAfterOrEqualTo(claimedAt.plus(CLAIM_TIMEOUT));
        assertThat(WORLD.emailsTo(student.email())).hasSize(1);
        assertThat(record().status()).isEqualTo(EmailStatus.SENT);
        assertThat(record().attempts()).isEqualTo(2);
    }

    @Test
    void aRetryWithoutTimeForTheClaimToGoStaleFailsAtOnceAndALaterOneSendsOnce() throws Exception {
        WORLD.leaveClaim(tenant, event.eventId(), mailKey(), Instant.now());
        // the claim goes stale in 3 s, but this invocation has less than that plus the time to send
        LocalLambdaContext almostOver = LocalLambdaContext.of(MailWorld.DISPATCH_FUNCTION)
                .withTimeout(CLAIM_TIMEOUT.plus(EmailLog.SEND_RESERVE).minusSeconds(1));

        long started = System.nanoTime();
        assertThatThrownBy(() -> deliver(almostOver)).isInstanceOf(MailInProgressException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(CLAIM_TIMEOUT);
        assertThat(WORLD.emailsTo(student.email())).isEmpty();

        deliver(fullTime());
        deliver(fullTime());

        assertThat(WORLD.emailsTo(student.email())).hasSize(1);
        assertThat(record().attempts()).isEqualTo(2);
    }

    @Test
    void aReleaseLeavesAClaimThatAnotherAttemptTookOverAlone() {
        // the second attempt comes when the first one's claim (100 ms) has gone stale: two clocks, no waiting
        Instant claimedAt = Instant.now();
        EmailLog first = emailLog(Clock.fixed(claimedAt, ZoneOffset.UTC));
        EmailLog later = emailLog(Clock.fixed(claimedAt.plusMillis(200), ZoneOffset.UTC));
        OutgoingEmail mail = new OutgoingEmail(mailKey(), "ENROLMENT_CONFIRMATION", event.courseId(),
                new EmailAddress(student.email(), "Sanne Visser"), List.of(), null, null, List.of(), List.of(), List.of());
        DeliveryAttempt slow = new DeliveryAttempt("slow", claimedAt.plusSeconds(60));
        DeliveryAttempt next = new DeliveryAttempt("next", claimedAt.plusSeconds(60));
        assertThat(first.claim(tenant, event.eventId(), mail, "Bevestiging", slow)).isEmpty();
        assertThat(later.claim(tenant, event.eventId(), mail, "Bevestiging", next)).isEmpty();

        later.release(tenant, event.eventId(), mailKey(), slow, "SesV2Exception: too late");

        assertThat(record().status()).isEqualTo(EmailStatus.CLAIMED);
        assertThat(record().error()).isNull();
        later.release(tenant, event.eventId(), mailKey(), next, "SesV2Exception: refused");
        assertThat(record().status()).isEqualTo(EmailStatus.FAILED);
    }

    private void deliver(LocalLambdaContext context) throws Exception {
        dispatch.deliver(envelope, context);
    }

    private static LocalLambdaContext fullTime() {
        return LocalLambdaContext.of(MailWorld.DISPATCH_FUNCTION);
    }

    private String mailKey() {
        return "STUDENT#" + student.id();
    }

    private EmailRecord record() {
        return WORLD.emailLog.find(tenant, event.eventId(), mailKey()).orElseThrow();
    }

    private static EmailLog emailLog(Clock clock) {
        Table table = new Table(WORLD.aws.tableName());
        return new EmailLog(WORLD.aws.dynamoDbClient(), table, new TableReads(WORLD.aws.dynamoDbClient(), table), clock,
                Duration.ofMillis(100));
    }
}
