package io.coursedesk.harness.bus;

/** The outcome of one PutEvents entry: an event id, or an error code and message. */
public record PutEventsResult(String eventId, String errorCode, String errorMessage) {

    static PutEventsResult accepted(String eventId) {
        return new PutEventsResult(eventId, null, null);
    }

    static PutEventsResult failed(String errorCode, String errorMessage) {
        return new PutEventsResult(null, errorCode, errorMessage);
    }

    public boolean isFailed() {
        return errorCode != null;
    }
}
