package io.coursedesk.operations.redrive;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What one redrive did: events put back per shape, and the messages it left on the queue and why. */
public final class RedriveReport {

    private final boolean dryRun;
    private final Map<DeadLetteredEvent.Shape, Integer> redriven = new EnumMap<>(DeadLetteredEvent.Shape.class);
    private final List<String> unknown = new ArrayList<>();
    private int streamBatches;
    private int outboxEvents;
    private final List<String> failed = new ArrayList<>();

    RedriveReport(boolean dryRun) {
        this.dryRun = dryRun;
        for (DeadLetteredEvent.Shape shape : DeadLetteredEvent.Shape.values()) {
            redriven.put(shape, 0);
        }
    }

    void redriven(DeadLetteredEvent event) {
        redriven.merge(event.shape(), 1, Integer::sum);
    }

    /** A stream batch of the outbox relay, whose unrelayed events go through the relay again. */
    void streamBatch(int events) {
        streamBatches++;
        outboxEvents += events;
    }

    /** Stream batches of the outbox relay read (in a dry run: would have been redriven). */
    public int streamBatches() {
        return streamBatches;
    }

    /** Events of those batches still unrelayed, now sent through the relay again. */
    public int outboxEvents() {
        return outboxEvents;
    }

    void unknown(String messageId) {
        unknown.add(messageId);
    }

    void failed(String messageId, String reason) {
        failed.add(messageId + ": " + reason);
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Put back on the bus (in a dry run: would have been). */
    public int redriven(DeadLetteredEvent.Shape shape) {
        return redriven.get(shape);
    }

    /** Message ids of bodies in neither shape, left on the queue. */
    public List<String> unknown() {
        return List.copyOf(unknown);
    }

    /** Message ids whose event the bus did not accept, with the reason, left on the queue. */
    public List<String> failed() {
        return List.copyOf(failed);
    }

    /** Nothing was left on the queue. */
    public boolean complete() {
        return unknown.isEmpty() && failed.isEmpty();
    }

    public void printTo(PrintStream out) {
        String verb = dryRun ? "would be put back (dry run, nothing changed)" : "put back on the bus";
        for (DeadLetteredEvent.Shape shape : DeadLetteredEvent.Shape.values()) {
            out.printf("%-62s %d %s%n", shape.description() + ":", redriven(shape), verb);
        }
        out.printf("%-62s %d %s, %d unrelayed event(s) sent through the relay again%n",
                "outbox relay stream batches (the relay gave up on them):", streamBatches,
                dryRun ? "read (dry run, nothing changed)" : "redriven", outboxEvents);
        out.printf("%-62s %d%n", "unknown shape, left on the queue:", unknown.size());
        unknown.forEach(id -> out.println("  " + id));
        out.printf("%-62s %d%n", "not accepted by the bus, left on the queue:", failed.size());
        failed.forEach(line -> out.println("  " + line));
    }
}
