package io.coursedesk.harness.bus;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a PutEvents request, as the SDK sends it.
 *
 * @param detail the detail as sent: a JSON string that must hold an object
 * @param time   the event time the publisher set, or null for "now"
 */
public record PutEventsEntry(String source, String detailType, String detail, String eventBusName,
                             List<String> resources, Instant time) {
}
