package io.coursedesk.harness.bus;

/** Where the local bus delivers a matched event: usually the target function's real handler. */
@FunctionalInterface
public interface EventTarget {

    /**
     * Delivers one event to one function, as EventBridge invokes it.
     *
     * @param functionId   the function's logical id in {@code template.yaml}
     * @param envelopeJson the full EventBridge envelope ({@code detail} as an object)
     * @throws Exception when the function failed; the bus then retries and finally dead-letters the event
     */
    void deliver(String functionId, String envelopeJson) throws Exception;
}
