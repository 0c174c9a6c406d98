package io.coursedesk.operations.redrive;

import io.coursedesk.operations.CommandLine;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.relay.OutboxRedrive;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./redrive --queue-url URL --event-bus NAME [--dry-run] [--max N] [--region R]}: the operator's command
 * that puts dead-lettered events back on the bus, with the credentials and region of the caller's environment.
 * Exit status 0 when the queue is left empty of what was read, 2 when messages stayed on it, 1 on a usage error.
 */
public final class RedriveCommand {

    static final int DEFAULT_MAX_MESSAGES = 1000;
    static final Duration HOLD_WHILE_RUNNING = Duration.ofMinutes(5);
    private static final List<String> FLAGS = List.of("--dry-run");
    private static final List<String> OPTIONS = List.of("--queue-url", "--event-bus", "--max", "--region", "--table",
            "--sqs-endpoint", "--events-endpoint", "--dynamodb-endpoint");
    private static final String USAGE = """
            usage: ./redrive --queue-url URL --event-bus NAME [--table NAME] [--dry-run] [--max N] [--region REGION]
                             [--sqs-endpoint URL --events-endpoint URL --dynamodb-endpoint URL]
              --queue-url        the dead-letter queue (for the dispatch function: stack resource InvitationDispatchDeadLetterQueue)
              --event-bus        the bus to put the events back on (stack resource EventBus)
              --table            the table (stack resource Table), for the outbox relay's queue
                                 (OutboxRelayDeadLetterQueue): its messages name stream batches, whose
                                 unrelayed events go through the relay again (within the stream's 24 hours)
              --dry-run          only read and recognise the messages; nothing is put back or deleted
              --max              read at most this many messages (default %d)
              --region           default: the AWS_REGION of the environment
              --sqs-endpoint, --events-endpoint, --dynamodb-endpoint   other endpoints than AWS's, e.g. the local run's
            """.formatted(DEFAULT_MAX_MESSAGES);

    private RedriveCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 1;
        }
        String queueUrl = options.get("--queue-url");
        String eventBus = options.get("--event-bus");
        boolean dryRun = options.containsKey("--dry-run");
        int max = Integer.parseInt(options.getOrDefault("--max", Integer.toString(DEFAULT_MAX_MESSAGES)));
        try (SqsClient sqs = CommandLine.configure(SqsClient.builder(), options.get("--region"),
                options.get("--sqs-endpoint")).build();
             EventBridgeClient events = CommandLine.configure(EventBridgeClient.builder(), options.get("--region"),
                     options.get("--events-endpoint")).build();
             DynamoDbClient dynamoDb = CommandLine.configure(DynamoDbClient.builder(), options.get("--region"),
                     options.get("--dynamodb-endpoint")).build();
             DynamoDbStreamsClient streams = CommandLine.configure(DynamoDbStreamsClient.builder(), options.get("--region"),
                     options.get("--dynamodb-endpoint")).build()) {
            out.println("Redrive of " + queueUrl + " onto bus " + eventBus + (dryRun ? " (dry run)" : ""));
            RedriveReport report = new Redrive(sqs, events, outbox(options, dynamoDb, streams), HOLD_WHILE_RUNNING)
                    .run(queueUrl, eventBus, dryRun, max);
            report.printTo(out);
            return report.complete() ? 0 : 2;
        }
    }

    private static Optional<OutboxRedrive> outbox(Map<String, String> options, DynamoDbClient dynamoDb,
                                                  DynamoDbStreamsClient streams) {
        return Optional.ofNullable(options.get("--table"))
                .map(table -> new OutboxRedrive(streams, dynamoDb, new Table(table), Clock.systemUTC()));
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = CommandLine.parse(args, FLAGS, OPTIONS, List.of("--queue-url", "--event-bus"));
        if (options.containsKey("--max") && !options.get("--max").matches("[1-9][0-9]*")) {
            throw new IllegalArgumentException("--max takes a positive whole number");
        }
        return options;
    }
}
