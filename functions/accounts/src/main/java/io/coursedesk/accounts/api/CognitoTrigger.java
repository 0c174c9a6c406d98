package io.coursedesk.accounts.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One use case a user pool trigger starts. Cognito sends the trigger's event and takes the same event back with its
 * {@code response} filled in; the handler hands each event to the use case whose prefix its {@code triggerSource}
 * starts with ({@code TokenGeneration_}, ...).
 */
public interface CognitoTrigger {

    /** The start of the {@code triggerSource} values this use case answers. */
    String triggerSourcePrefix();

    /**
     * Fills in {@code event.response}. An exception fails the invocation, which makes Cognito refuse the user's
     * request (sign-up, sign-in) with the exception's message.
     */
    void answer(ObjectNode event);
}
