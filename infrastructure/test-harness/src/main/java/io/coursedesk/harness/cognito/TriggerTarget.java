package io.coursedesk.harness.cognito;

/** Where the Cognito emulator's trigger invocations go: usually the trigger function's real handler. */
@FunctionalInterface
public interface TriggerTarget {

    /**
     * Runs one trigger as Lambda's Invoke API does (RequestResponse).
     *
     * @param functionId the function's logical id in {@code template.yaml}
     * @param eventJson  the trigger's event
     * @return the function's answer: the event with its {@code response} filled in
     * @throws Exception when the function failed; Cognito then refuses the user's request
     */
    String invoke(String functionId, String eventJson) throws Exception;
}
