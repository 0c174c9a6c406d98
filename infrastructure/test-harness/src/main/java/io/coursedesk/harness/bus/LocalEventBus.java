package io.coursedesk.harness.bus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.sqs.SqsEmulator;
import io.coursedesk.harness.template.EventBridgeRuleTrigger;
import io.coursedesk.harness.template.SamFunction;
import io.coursedesk.harness.template.SamTemplate;
import software.amazon.event.ruler.GenericMachine;
import software.amazon.event.ruler.Machine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * EventBridge on this machine: a PutEvents endpoint the real SDK {@code EventBridgeClient} talks to, matching
 * each event with AWS Event Ruler against every {@code EventBridgeRule} of every function in {@code template.yaml}
 * and delivering it to the function through an {@link EventTarget}, asynchronously and at least once: each
 * delivery can be repeated on purpose, failures are retried with exponential backoff up to the rule's retry
 * policy and then dead-lettered.
 * <p>
 * All rules are taken to be on this one bus; events put on another bus are kept but match nothing.
 */
public final class LocalEventBus implements EventBus, AutoCloseable {

    static final int MAX_ENTRIES_PER_REQUEST = 10;
    static final int MAX_REQUEST_BYTES = 256 * 1024;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(LocalEventBus.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String busName;
    private final Map<String, EventBridgeRuleTrigger> rules = new LinkedHashMap<>();
    private final Map<String, SamFunction> functions;
    private final GenericMachine<String> machine = Machine.builder().build();
    private final HttpServer server;
    private final ScheduledExecutorService executor;
    private final ExecutorService requests;
    private final List<PublishedEvent> published = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final Object changes = new Object();
    private int inFlight;
    private volatile EventTarget target;
    private volatile int deliveriesPerEvent = 1;
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private volatile SqsEmulator deadLetterQueues;

    private LocalEventBus(String busName, List<SamFunction> functions) throws IOException {
        this.busName = busName;
        this.functions = functions.stream().collect(Collectors.toMap(SamFunction::logicalId, Function.identity()));
        for (EventBridgeRuleTrigger trigger : functions.stream().flatMap(f -> f.eventBridgeRules().stream()).toList()) {
            try {
                machine.addRule(trigger.ruleName(), trigger.patternJson());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("the pattern of rule " + trigger.ruleName() + " does not compile: "
                        + e.getMessage(), e);
            }
            rules.put(trigger.ruleName(), trigger);
        }
        this.executor = new ScheduledThreadPoolExecutor(4, daemonThreads("local-event-bus-delivery-"));
        // requests get their own threads: a delivered function that publishes must not wait for a delivery thread
        this.requests = Executors.newCachedThreadPool(daemonThreads("local-event-bus-http-"));
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new PutEventsHandler(this));
        server.setExecutor(requests);
        server.start();
    }

    /** Starts the bus on a free port with the rules of every function in the template. */
    public static LocalEventBus start(String busName, SamTemplate template) {
        try {
            return new LocalEventBus(busName, template.functions());
        } catch (IOException e) {
            throw new UncheckedIOException("the local event bus did not start", e);
        }
    }

    public String busName() {
        return busName;
    }

    /** The endpoint override for the SDK's {@code EventBridgeClient}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Where matched events go from now on; null keeps them on the bus undelivered. */
    public void target(EventTarget eventTarget) {
        this.target = eventTarget;
    }

    /** From now on dead letters are also sent to their queue there (the queues must exist), as AWS would. */
    public void sendDeadLettersTo(SqsEmulator sqs) {
        this.deadLetterQueues = sqs;
    }

    /** Delivers every matched event this many times (at-least-once, as in AWS); 1 by default. */
    public void deliverEachEventTimes(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        this.deliveriesPerEvent = times;
    }

    /**
     * Answers the next {@code times} entries that satisfy the condition with a failed entry ({@code InternalFailure}),
     * as PutEvents does when it accepts a request but not each of its entries; the entry is not put on the bus.
     */
    public void refuseEntries(Predicate<PutEventsEntry> condition, int times) {
        refusals.add(new Refusal(condition, new AtomicInteger(times)));
    }

    /** Forgets published events and dead letters, disconnects the target and delivers once again. */
    public void reset() {
        awaitIdle(Duration.ofSeconds(30));
        target = null;
        deliveriesPerEvent = 1;
        refusals.clear();
        published.clear();
        deadLetters.clear();
    }

    public List<PublishedEvent> published() {
        return List.copyOf(published);
    }

    public List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }

    /** Puts one event on the bus without going through HTTP, for tests that start a flow with an event. */
    public PublishedEvent publish(String source, String detailType, String detailJson) {
        PutEventsResult result = put(List.of(new PutEventsEntry(source, detailType, detailJson, busName, List.of(), null))).get(0);
        if (result.isFailed()) {
            throw new IllegalArgumentException(result.errorCode() + ": " + result.errorMessage());
        }
        return published.stream().filter(e -> e.id().equals(result.eventId())).findFirst().orElseThrow();
    }

    /** Waits for an event of this detail-type that satisfies the condition, published before or during the wait. */
    public PublishedEvent awaitPublished(String detailType, Predicate<PublishedEvent> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changes) {
            while (true) {
                for (PublishedEvent event : published) {
                    if (event.detailType().equals(detailType) && condition.test(event)) {
                        return event;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no " + detailType + " event as expected within " + timeout
                            + "; published: " + published.stream().map(e -> e.detailType() + " " + e.detail()).toList());
                }
                waitForChange(left);
            }
        }
    }

    /** Waits until every delivery, retry and the events they caused have finished. */
    public void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changes) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(inFlight + " deliveries still running after " + timeout);
                }
                waitForChange(left);
            }
        }
    }

    /** Accepts a PutEvents request: every entry is validated, recorded, matched and its deliveries scheduled. */
    public List<PutEventsResult> put(List<PutEventsEntry> entries) {
        List<PutEventsResult> results = new ArrayList<>();
        for (PutEventsEntry entry : entries) {
            results.add(accept(entry));
        }
        return results;
    }

    private PutEventsResult accept(PutEventsEntry entry) {
        for (Refusal refusal : refusals) {
            if (refusal.condition().test(entry) && refusal.left().getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                return PutEventsResult.failed("InternalFailure", "refused on purpose by the test");
            }
        }
        if (entry.source() == null || entry.source().isBlank()) {
            return PutEventsResult.failed("InvalidArgument", "Parameter Source is not valid. Reason: Source is a required argument.");
        }
        if (entry.detailType() == null || entry.detailType().isBlank()) {
            return PutEventsResult.failed("InvalidArgument", "Parameter DetailType is not valid. Reason: DetailType is a required argument.");
        }
        if (entry.detail() == null) {
            return PutEventsResult.failed("InvalidArgument", "Parameter Detail is not valid. Reason: Detail is a required argument.");
        }
        JsonNode detail;
        try {
            detail = JSON.readTree(entry.detail());
        } catch (JsonProcessingException e) {
            detail = null;
        }
        if (detail == null || !detail.isObject()) {
            return PutEventsResult.failed("MalformedDetail", "Detail is malformed.");
        }
        String targetBus = busNameOf(entry.eventBusName());
        ObjectNode envelope = envelope(entry, detail);
        List<String> matched = targetBus.equals(busName) ? machine.rulesForJSONEvent(envelope) : List.of();
        PublishedEvent event = new PublishedEvent(targetBus, envelope, List.copyOf(matched));
        synchronized (changes) {
            published.add(event);
            changes.notifyAll();
        }
        dispatch(event);
        return PutEventsResult.accepted(event.id());
    }

    /** The envelope EventBridge builds and Event Ruler matches: detail as an object, not a string. */
    private ObjectNode envelope(PutEventsEntry entry, JsonNode detail) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("detail-type", entry.detailType());
        envelope.put("source", entry.source());
        envelope.put("account", LocalCredentials.ACCOUNT_ID);
        Instant time = entry.time() != null ? entry.time() : Instant.now();
        envelope.put("time", time.truncatedTo(ChronoUnit.SECONDS).toString());
        envelope.put("region", LocalCredentials.REGION.id());
        entry.resources().forEach(envelope.putArray("resources")::add);
        envelope.set("detail", detail);
        return envelope;
    }

    /** Entries name the bus by name or ARN; none means the account's default bus. */
    private static String busNameOf(String nameOrArn) {
        if (nameOrArn == null || nameOrArn.isBlank()) {
            return "default";
        }
        return nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
    }

    /**
     * Records an event another EventBridge accepted (LocalStack's, seen through its catch-all rule) without
     * delivering it; {@code matchedRules} are the template rules Event Ruler matches it with.
     */
    public PublishedEvent record(ObjectNode envelope) {
        PublishedEvent event = new PublishedEvent(busName, envelope, List.copyOf(machine.rulesForJSONEvent(envelope)));
        synchronized (changes) {
            published.add(event);
            changes.notifyAll();
        }
        return event;
    }

    /** Delivers an event to one rule's function as another EventBridge (LocalStack's) routed it. */
    public void deliver(String ruleName, String envelopeJson) {
        EventBridgeRuleTrigger rule = rules.get(ruleName);
        if (rule == null) {
            throw new IllegalArgumentException("no rule " + ruleName + " in the template");
        }
        dispatch(rule, envelopeJson);
    }

    private void dispatch(PublishedEvent event) {
        for (String ruleName : event.matchedRules()) {
            dispatch(rules.get(ruleName), event.envelopeJson());
        }
    }

    private void dispatch(EventBridgeRuleTrigger rule, String envelope) {
        EventTarget current = target;
        if (current == null) {
            return;
        }
        for (int copy = 0; copy < deliveriesPerEvent; copy++) {
            begin();
            executor.execute(() -> attempt(current, rule, envelope, 1, 1));
        }
    }

    /**
     * One try at one delivery. {@code invokeAttempt} counts EventBridge's tries to invoke the target,
     * {@code invocation} Lambda's runs of the function: each has its own retry limit.
     */
    private void attempt(EventTarget current, EventBridgeRuleTrigger rule, String envelope, int invokeAttempt,
                         int invocation) {
        try {
            current.deliver(rule.functionId(), envelope);
            end();
        } catch (VirtualMachineError e) {
            end();
            throw e;
        } catch (TargetNotInvokableException e) {
            if (e.retriable() && invokeAttempt <= rule.maximumRetryAttempts()) {
                retry(invokeAttempt, () -> attempt(current, rule, envelope, invokeAttempt + 1, invocation));
            } else {
                deadLetter(DeadLetter.ofRuleTarget(rule, busName, envelope, e, invokeAttempt));
            }
        } catch (Throwable e) {
            SamFunction function = functions.get(rule.functionId());
            if (invocation <= function.asyncRetryAttempts()) {
                retry(invocation, () -> attempt(current, rule, envelope, invokeAttempt, invocation + 1));
            } else {
                deadLetter(DeadLetter.ofLambdaFailure(rule, function.onFailureQueue().orElse(null), envelope, e, invocation));
            }
        }
    }

    private void retry(int attempt, Runnable next) {
        executor.schedule(next, backoff(attempt).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deadLetter(DeadLetter letter) {
        try {
            SqsEmulator sqs = deadLetterQueues;
            if (sqs != null && letter.queue() != null) {
                sqs.send(letter.queue(), letter.body(), letter.attributes());
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "could not send a dead letter to queue " + letter.queue(), e);
        } finally {
            deadLetters.add(letter);
            LOG.log(System.Logger.Level.WARNING, "dead-lettered an event for rule " + letter.rule() + " after "
                    + letter.attempts() + " attempts as " + letter.shape() + ": " + letter.lastError()
                    + "; event: " + letter.envelopeJson());
            end();
        }
    }

    private static Duration backoff(int attempt) {
        Duration delay = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 16));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private void begin() {
        synchronized (changes) {
            inFlight++;
        }
    }

    private void end() {
        synchronized (changes) {
            inFlight--;
            changes.notifyAll();
        }
    }

    private void waitForChange(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(changes, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the local event bus", e);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Refusal(Predicate<PutEventsEntry> condition, AtomicInteger left) {
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
        requests.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}
