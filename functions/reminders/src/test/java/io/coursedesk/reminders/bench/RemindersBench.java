package io.coursedesk.reminders.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.reminders.ReminderWorld;
import io.coursedesk.reminders.api.RemindersScheduleHandler;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.persistence.CertificateItems;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.PropertySource;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * {@code bench/reminders.sh}: one provider with certificate reminders 4 weeks ahead and 100,000 certificates, of which
 * 1,000 expire on the day 4 weeks after the run (due) and the others on days before the run or after the reminder
 * window; then one run of the real schedule handler as of 07:00 Amsterdam time, its DynamoDB client pointed at a
 * {@link ReadCountingProxy}: the run's wall-clock time (finding, claiming and publishing into the outbox) and the items
 * DynamoDB read for it. The run of the next day (nothing due) is shown too. Last line:
 * {@code reminders: run <ms> ms, read <n> items, due <n>}.
 */
public final class RemindersBench {
    private static final int CERTIFICATES = 100_000;
    private static final int DUE = 1_000;
    private static final int WEEKS_BEFORE = 4;
    private static final int BATCH = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RemindersBench() {
    }

    public static void main(String[] args) throws Exception {
        ReminderWorld world = new ReminderWorld();
        world.certificateRemindersOn(WEEKS_BEFORE);
        LocalDate day = LocalDate.of(world.year, 1, 10);
        LocalDate dueExpiry = day.plusWeeks(WEEKS_BEFORE);
        long seeding = System.nanoTime();
        seed(world, day, dueExpiry);
        world.aws.awaitEventsSettled(Duration.ofMinutes(10));
        System.out.printf("seeded %d certificates (%d due) in %.1f s%n", CERTIFICATES, DUE,
                (System.nanoTime() - seeding) / 1e9);

        try (ReadCountingProxy proxy = ReadCountingProxy.start(world.aws.dynamoDbEndpoint());
             FunctionUnderTest schedule = FunctionUnderTest.events("RemindersScheduleFunction",
                     new RemindersScheduleHandler(context(proxy)))) {
            Run run = run(schedule, proxy, ReminderWorld.amsterdam(day, LocalTime.of(7, 0)));
            world.aws.awaitEventsSettled(Duration.ofMinutes(5));
            Run nextDay = run(schedule, proxy, ReminderWorld.amsterdam(day.plusDays(1), LocalTime.of(7, 0)));
            long reminded = world.remindedCertificates().size();
            System.out.printf("next day: run %d ms, read %d items, due %d%n", nextDay.millis, nextDay.read,
                    nextDay.answer.path("due").asInt());
            System.out.printf("published %d, CertificateReminderDue on the bus %d, scans %d, read per due %.3f%n",
                    run.answer.path("published").asInt(), reminded, proxy.scans(),
                    (double) run.read / run.answer.path("due").asInt());
            System.out.printf("reminders: run %d ms, read %d items, due %d%n", run.millis, run.read,
                    run.answer.path("due").asInt());
        }
        System.exit(0);
    }

    private static Run run(FunctionUnderTest schedule, ReadCountingProxy proxy, Instant at) throws Exception {
        proxy.reset();
        long start = System.nanoTime();
        JsonNode answer = JSON.readTree(schedule.deliver("{\"scheduledTime\":\"" + at + "\"}"));
        long millis = Math.round((System.nanoTime() - start) / 1e6);
        return new Run(millis, proxy.itemsRead(), answer);
    }

    /** The function's context as in Lambda, but its table endpoint the counting proxy. */
    private static ApplicationContext context(ReadCountingProxy proxy) {
        ApplicationContextBuilder builder = ApplicationContext.builder();
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        builder.propertySources(PropertySource.of("bench", Map.of("coursedesk.aws.endpoint.dynamodb",
                proxy.endpoint().toString()), Integer.MAX_VALUE));
        return builder.start();
    }

    /** 1,000 certificates expiring on {@code dueExpiry}, the others before {@code day} or after {@code dueExpiry}. */
    private static void seed(ReminderWorld world, LocalDate day, LocalDate dueExpiry) throws Exception {
        DynamoDbClient dynamoDb = world.aws.dynamoDbClient();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> batches = new ArrayList<>();
        for (int from = 0; from < CERTIFICATES; from += BATCH) {
            int first = from;
            batches.add(pool.submit(() -> {
                List<WriteRequest> puts = IntStream.range(first, Math.min(first + BATCH, CERTIFICATES))
                        .mapToObj(i -> certificate(world.tenantId, i < DUE ? dueExpiry : notDue(i, day, dueExpiry)))
                        .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                        .toList();
                Map<String, List<WriteRequest>> pending = Map.of(world.aws.tableName(), puts);
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> request = pending;
                    var response = dynamoDb.batchWriteItem(b -> b.requestItems(request));
                    pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                }
            }));
        }
        for (Future<?> batch : batches) {
            batch.get();
        }
        pool.shutdown();
    }

    private static LocalDate notDue(int i, LocalDate day, LocalDate dueExpiry) {
        return i % 2 == 0 ? day.minusDays(1 + i % 365) : dueExpiry.plusDays(1 + i % 700);
    }

    private static Map<String, AttributeValue> certificate(String tenantId, LocalDate expiry) {
        return CertificateItems.toItem(new Certificate(tenantId, Ids.newId(), Ids.newId(), Ids.newId(), "BHV",
                expiry.minusYears(1), expiry));
    }

    private record Run(long millis, long read, JsonNode answer) {
    }
}
