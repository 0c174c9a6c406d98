package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * An instructor was asked whether they can teach a course. Carries the signed answer links, because only
 * the availability function can make them. {@code eventId}: {@code InstructorInvited:<courseId>:<instructorId>:<round>}.
 *
 * @param respondUrl the page that offers both answers (the mail's fallback link)
 */
public record InstructorInvited(String eventId, String tenantId, Instant occurredAt,
                                String courseId, String instructorId, String instructorName,
                                String instructorEmail, int round, String availableUrl,
                                String unavailableUrl, String respondUrl) implements DomainEvent {
    public static InstructorInvited of(String tenantId, Instant occurredAt, String courseId, String instructorId,
                                       String instructorName, String instructorEmail, int round, String availableUrl,
                                       String unavailableUrl, String respondUrl) {
        return new InstructorInvited("InstructorInvited:" + courseId + ":" + instructorId + ":" + round, tenantId,
                occurredAt, courseId, instructorId, instructorName, instructorEmail, round, availableUrl,
                unavailableUrl, respondUrl);
    }
}
