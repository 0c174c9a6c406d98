package io.coursedesk.shared.events;

import java.time.Instant;

/**
 * The provider chose an instructor for a course; {@code role} is {@code LEAD} or {@code SECOND}.
 * {@code eventId}: {@code InstructorConfirmed:<courseId>:<instructorId>:<role>}.
 */
public record InstructorConfirmed(String eventId, String tenantId, Instant occurredAt,
                                  String courseId, String instructorId, String instructorName,
                                  String instructorEmail, String role) implements DomainEvent {
    public static InstructorConfirmed of(String tenantId, Instant occurredAt, String courseId, String instructorId,
                                         String instructorName, String instructorEmail, String role) {
        return new InstructorConfirmed("InstructorConfirmed:" + courseId + ":" + instructorId + ":" + role, tenantId,
                occurredAt, courseId, instructorId, instructorName, instructorEmail, role);
    }
}
