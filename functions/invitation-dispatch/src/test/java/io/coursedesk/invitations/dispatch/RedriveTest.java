package io.coursedesk.invitations.dispatch;

import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.bus.DeadLetter;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.bus.TargetNotInvokableException;
import io.coursedesk.harness.sqs.SqsEmulator;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.operations.redrive.DeadLetteredEvent;
import io.coursedesk.operations.redrive.Redrive;
import io.coursedesk.operations.redrive.RedriveReport;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.events.EnrolmentConfirmed;
import io.coursedesk.shared.events.EventSources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a fix, the operator's redrive puts the dispatch function's dead letters back on the bus and the mails go
 * out once: the real handler behind the local bus, its dead letters in ElasticMQ in both shapes, the redrive with
 * the real SQS and EventBridge clients.
 */
class RedriveTest {
    /** Set before all tests rather than at class initialisation, so that a LocalStack run without Docker skips the class. */
    private static MailWorld WORLD;
    private static final String QUEUE = "InvitationDispatchDeadLetterQueue";
    private static SesFaultProxy proxy;
    private static FunctionUnderTest dispatch;
    private static SqsClient sqsClient;
    private static EventBridgeClient eventBridge;

    @BeforeAll
    static void start() {
        WORLD = MailWorld.get();
        WORLD.aws.withSqs();
        proxy = new SesFaultProxy(WORLD.aws.ses().endpoint());
        dispatch = MailWorld.dispatchFunction(Map.of("coursedesk.aws.endpoint.ses", proxy.endpoint().toString()));
        sqsClient = LocalCredentials.localClient(SqsClient.builder(), WORLD.aws.sqs().endpoint()).build();
        eventBridge = LocalCredentials.localClient(EventBridgeClient.builder(), WORLD.aws.eventBus().endpoint()).build();
    }

    @AfterAll
    static void stop() throws Exception {
        // null where the start was skipped (LocalStack without Docker)
        if (dispatch != null) {
            sqsClient.close();
            eventBridge.close();
            dispatch.close();
            proxy.close();
        }
    }

    @Test
    void deadLettersOfBothShapesAreRedrivenAfterTheFixAndEachMailGoesOutOnce() throws Exception {
        SqsEmulator sqs = WORLD.aws.sqs();
        EventBus bus = WORLD.aws.eventBus();
        bus.reset();
        sqs.purge(QUEUE);
        String tenant = WORLD.newTenant();
        Course course = WORLD.course(tenant, "BHV", null);
        Student refused = WORLD.student(tenant, "Sanne", "Visser", null);
        Student undeployed = WORLD.student(tenant, "Daan", "Jansen", null);

        // broken: SES refuses every mail, and the function is missing for the second student's event
        proxy.failAlways(SesFaultProxy.Fault.REJECTED);
        bus.target((functionId, envelope) -> {
            if (envelope.contains(undeployed.id())) {
                throw TargetNotInvokableException.noSuchFunction(functionId);
            }
            dispatch.deliver(envelope);
        });
        WORLD.publish(EventSources.ENROLMENT, confirmed(tenant, course, refused));
        WORLD.publish(EventSources.ENROLMENT, confirmed(tenant, course, undeployed));
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(bus.deadLetters()).extracting(DeadLetter::shape).containsExactlyInAnyOrder(
                DeadLetter.Shape.LAMBDA_FAILURE_RECORD, DeadLetter.Shape.EVENTBRIDGE_EVENT);
        assertThat(sqs.depth(QUEUE)).isEqualTo(2);
        sqs.send(QUEUE, "{\"note\":\"not a dead letter of ours\"}", Map.of());

        // the fix
        proxy.reset();
        dispatch.receiveFromBus();

        RedriveReport report = redrive();
        bus.awaitIdle(MailWorld.WAIT);

        assertThat(report.redriven(DeadLetteredEvent.Shape.LAMBDA_FAILURE_RECORD)).isEqualTo(1);
        assertThat(report.redriven(DeadLetteredEvent.Shape.EVENTBRIDGE_EVENT)).isEqualTo(1);
        assertThat(report.unknown()).hasSize(1);
        assertThat(WORLD.emailsTo(refused.email())).hasSize(1);
        assertThat(WORLD.emailsTo(undeployed.email())).hasSize(1);
        assertThat(sqs.depth(QUEUE)).isEqualTo(1);

        // the same dead letters once more (a redrive whose delete was lost, or SQS delivering twice), each
        // delivered twice by the bus: nothing is sent again
        bus.deadLetters().forEach(letter -> sqs.send(QUEUE, letter.body(), letter.attributes()));
        bus.deliverEachEventTimes(2);

        RedriveReport again = redrive();
        bus.awaitIdle(MailWorld.WAIT);

        assertThat(again.redriven(DeadLetteredEvent.Shape.LAMBDA_FAILURE_RECORD)).isEqualTo(1);
        assertThat(again.redriven(DeadLetteredEvent.Shape.EVENTBRIDGE_EVENT)).isEqualTo(1);
        assertThat(WORLD.emailsTo(refused.email())).hasSize(1);
        assertThat(WORLD.emailsTo(undeployed.email())).hasSize(1);
        assertThat(bus.deadLetters()).hasSize(2);
        assertThat(sqs.depth(QUEUE)).isEqualTo(1);
    }

    private static RedriveReport redrive() {
        return new Redrive(sqsClient, eventBridge, Optional.empty(), Duration.ofMinutes(1))
                .run(WORLD.aws.sqs().queueUrl(QUEUE), WORLD.aws.eventBus().busName(), false, 100);
    }

    private static EnrolmentConfirmed confirmed(String tenant, Course course, Student student) {
        return new EnrolmentConfirmed("EnrolmentConfirmed:" + student.id(), tenant, Instant.now(), course.id(),
                student.id(), student.id(), null);
    }
}
