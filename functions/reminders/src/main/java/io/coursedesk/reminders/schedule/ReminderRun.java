package io.coursedesk.reminders.schedule;

/**
 * What a run did: {@code due} reminders it found due and not yet sent, {@code published} those it claimed and put
 * into the outbox (fewer only when a run at the same time claimed some first).
 */
public record ReminderRun(int due, int published) {
    public static final ReminderRun NONE = new ReminderRun(0, 0);

    public ReminderRun plus(ReminderRun other) {
        return new ReminderRun(due + other.due, published + other.published);
    }
}
