package io.coursedesk.operations.redrive;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.shared.events.CourseCreated;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.Outbox;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TransactionWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relay's dead letters name stream batches, not events: the relay's stream mapping on DynamoDB Local puts
 * Lambda's on-failure record on OutboxRelayDeadLetterQueue in ElasticMQ, and after the fix the command sends the
 * batch's unrelayed events through the relay again.
 */
class OutboxRelayRedriveTest {
    private static final String QUEUE = "OutboxRelayDeadLetterQueue";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aStreamBatchTheRelayGaveUpOnIsRelayedAfterTheFix() {
        LocalAws aws = LocalAws.get().withSqs();
        // the command takes its credentials from the environment, as an operator's shell provides them
        System.setProperty("aws.accessKeyId", LocalCredentials.ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", LocalCredentials.SECRET_ACCESS_KEY);
        Table table = new Table(aws.tableName());
        Outbox outbox = new Outbox(new ObjectMapper().findAndRegisterModules(), table);
        CourseCreated event = CourseCreated.of("provider-" + UUID.randomUUID(), Instant.now(),
                UUID.randomUUID().toString(), "BHV", LocalDate.now());
        aws.eventBus().refuseEntries(entry -> entry.detail().contains(event.eventId()), Integer.MAX_VALUE);

        new TransactionWriter(aws.dynamoDbClient()).write(List.of(outbox.put(EventSources.ENROLMENT, event)));
        aws.outboxStream().awaitCaughtUp(WAIT);

        assertThat(aws.sqs().depth(QUEUE)).isEqualTo(1);
        aws.eventBus().reset();
        String[] args = {"--queue-url", aws.sqs().queueUrl(QUEUE), "--event-bus", aws.eventBus().busName(),
                "--table", aws.tableName(), "--sqs-endpoint", aws.sqs().endpoint().toString(),
                "--events-endpoint", aws.eventBus().endpoint().toString(),
                "--dynamodb-endpoint", aws.dynamoDbEndpoint().toString(), "--region", LocalCredentials.REGION_ID};
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = RedriveCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .containsPattern("outbox relay stream batches .*: +1 redriven, 1 unrelayed event");
        aws.eventBus().awaitPublished("CourseCreated",
                e -> e.detail().path("eventId").asText().equals(event.eventId()), WAIT);
        assertThat(aws.sqs().depth(QUEUE)).isZero();
    }
}
