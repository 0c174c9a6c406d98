package io.coursedesk.harness.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.bus.DeadLetter;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.bus.EventTarget;
import io.coursedesk.harness.bus.LocalEventBus;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.harness.bus.PutEventsEntry;
import io.coursedesk.harness.sqs.SqsEmulator;
import io.coursedesk.harness.template.EventBridgeRuleTrigger;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * EventBridge on LocalStack, delivering to the functions in this JVM. LocalStack's bus carries the template's
 * rules with their own patterns, each targeting an SQS queue, plus a catch-all rule whose queue shows every
 * event put on the bus. The harness polls those queues: the catch-all feeds {@link #published()}, a rule's queue
 * hands the event to that rule's function through the same delivery as the harness's own bus (its retries,
 * repeated deliveries and dead letters), so LocalStack decides what matches and the tests see the same bus.
 * LocalStack cannot invoke a function in this JVM, and a Lambda target's retries happen in Lambda, not on the bus.
 */
public final class LocalStackEventBus implements EventBus {

    private static final String OBSERVER_RULE = "coursedesk-harness-all-events";
    private static final String ALL_EVENTS = "{\"source\":[{\"prefix\":\"\"}]}";
    private static final Duration POLL = Duration.ofMillis(50);
    /** How long queues must stay empty before the bus counts as idle, for events still on their way to SQS. */
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final Duration ARRIVAL = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(LocalStackEventBus.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final EventBridgeClient events;
    private final SqsClient sqs;
    /** The delivery half of the harness's own bus; its PutEvents endpoint stays unused, the functions publish to LocalStack. */
    private final LocalEventBus deliveries;
    private final List<String> queueUrls;
    private final ExecutorService pollers;
    private final AtomicLong handedOver = new AtomicLong();
    private volatile boolean running = true;

    private LocalStackEventBus(URI endpoint, EventBridgeClient events, SqsClient sqs, LocalEventBus deliveries,
                               Map<String, String> ruleOfQueue, String observerQueue) {
        this.endpoint = endpoint;
        this.events = events;
        this.sqs = sqs;
        this.deliveries = deliveries;
        this.queueUrls = List.copyOf(ruleOfQueue.keySet());
        this.pollers = Executors.newFixedThreadPool(ruleOfQueue.size(), runnable -> {
            Thread thread = new Thread(runnable, "localstack-event-poller");
            thread.setDaemon(true);
            return thread;
        });
        ruleOfQueue.forEach((queueUrl, rule) -> pollers.execute(() -> poll(queueUrl, queueUrl.equals(observerQueue)
                ? body -> deliveries.record(envelope(body))
                : body -> deliveries.deliver(rule, body))));
    }

    /** Creates the bus, the template's rules and their queues on LocalStack, and starts polling. */
    static LocalStackEventBus start(URI endpoint, String busName, SamTemplate template) {
        EventBridgeClient events = LocalCredentials.localClient(EventBridgeClient.builder(), endpoint).build();
        SqsClient sqs = LocalCredentials.localClient(SqsClient.builder(), endpoint).build();
        events.createEventBus(b -> b.name(busName));
        Map<String, String> ruleOfQueue = new LinkedHashMap<>();
        for (EventBridgeRuleTrigger trigger : template.eventBridgeRules()) {
            ruleOfQueue.put(ruleToQueue(events, sqs, busName, trigger.ruleName(), trigger.patternJson()), trigger.ruleName());
        }
        String observerQueue = ruleToQueue(events, sqs, busName, OBSERVER_RULE, ALL_EVENTS);
        ruleOfQueue.put(observerQueue, OBSERVER_RULE);
        return new LocalStackEventBus(endpoint, events, sqs, LocalEventBus.start(busName, template), ruleOfQueue,
                observerQueue);
    }

    /** A rule on the bus whose one target is a queue of its own; returns the queue's URL. */
    private static String ruleToQueue(EventBridgeClient events, SqsClient sqs, String busName, String rule, String pattern) {
        String queueUrl = sqs.createQueue(b -> b.queueName(rule.replace('.', '-'))).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        events.putRule(b -> b.eventBusName(busName).name(rule).eventPattern(pattern));
        events.putTargets(b -> b.eventBusName(busName).rule(rule).targets(t -> t.id("harness-queue").arn(queueArn)));
        return queueUrl;
    }

    @Override
    public String busName() {
        return deliveries.busName();
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void target(EventTarget eventTarget) {
        deliveries.target(eventTarget);
    }

    /** The harness's deliveries dead-letter, so their dead letters go where the emulator bus's go. */
    @Override
    public void sendDeadLettersTo(SqsEmulator sqs) {
        deliveries.sendDeadLettersTo(sqs);
    }

    @Override
    public void deliverEachEventTimes(int times) {
        deliveries.deliverEachEventTimes(times);
    }

    @Override
    public void refuseEntries(Predicate<PutEventsEntry> condition, int times) {
        Assumptions.abort("LocalStack's PutEvents cannot be told to refuse entries; this test runs on the emulators");
    }

    @Override
    public void reset() {
        awaitIdle(Duration.ofSeconds(30));
        deliveries.reset();
    }

    @Override
    public List<PublishedEvent> published() {
        return deliveries.published();
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return deliveries.deadLetters();
    }

    /** Puts the event on LocalStack's bus and returns it once its catch-all queue shows it. */
    @Override
    public PublishedEvent publish(String source, String detailType, String detailJson) {
        PutEventsResultEntry result = events.putEvents(b -> b.entries(e -> e.eventBusName(busName()).source(source)
                .detailType(detailType).detail(detailJson))).entries().get(0);
        if (result.errorCode() != null) {
            throw new IllegalArgumentException(result.errorCode() + ": " + result.errorMessage());
        }
        return awaitPublished(detailType, event -> event.id().equals(result.eventId()), ARRIVAL);
    }

    @Override
    public PublishedEvent awaitPublished(String detailType, Predicate<PublishedEvent> condition, Duration timeout) {
        return deliveries.awaitPublished(detailType, condition, timeout);
    }

    /** Idle when the deliveries are done and every queue stayed empty for {@link #SETTLE}. */
    @Override
    public void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            deliveries.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            long before = handedOver.get();
            if (queuesEmpty()) {
                pause(SETTLE);
                if (queuesEmpty() && handedOver.get() == before) {
                    return;
                }
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("LocalStack's queues still hold events after " + timeout);
            } else {
                pause(POLL);
            }
        }
    }

    private boolean queuesEmpty() {
        return queueUrls.stream().allMatch(queueUrl -> sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes().values().stream().allMatch("0"::equals));
    }

    private void poll(String queueUrl, Consumer<String> handler) {
        while (running) {
            try {
                for (Message message : sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                        .waitTimeSeconds(1)).messages()) {
                    // handed over before it leaves the queue, so awaitIdle never sees it nowhere
                    handler.accept(message.body());
                    handedOver.incrementAndGet();
                    sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                }
            } catch (RuntimeException e) {
                if (running) {
                    LOG.log(System.Logger.Level.WARNING, "polling " + queueUrl + " failed; trying again", e);
                    pause(POLL);
                }
            }
        }
    }

    private static ObjectNode envelope(String body) {
        try {
            return (ObjectNode) JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("an event from LocalStack is not JSON: " + body, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LocalStack's queues", e);
        }
    }

    void stop() {
        running = false;
        pollers.shutdownNow();
        deliveries.stop();
        sqs.close();
        events.close();
    }
}
