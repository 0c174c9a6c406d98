package io.coursedesk.shared.events;

/** The EventBridge {@code source} of each publishing function; rules in template.yaml match on these. */
public final class EventSources {
    public static final String ENROLMENT = "coursedesk.enrolment";
    public static final String AVAILABILITY = "coursedesk.availability";
    public static final String INVITATIONS = "coursedesk.invitations";
    public static final String PASS_BUNDLES = "coursedesk.pass-bundles";
    public static final String REMINDERS = "coursedesk.reminders";

    private EventSources() {
    }
}
