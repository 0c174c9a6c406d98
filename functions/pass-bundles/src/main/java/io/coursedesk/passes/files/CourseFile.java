package io.coursedesk.passes.files;

import java.time.Instant;

/**
 * A document of a course (manual 001 "Benodigde documenten", manual 002 course material), kept in the bucket under
 * {@code course-files/}, never under {@code bundles/} (whose objects expire after 7 days).
 *
 * @param visibleToParticipants whether confirmed participants may download it; the provider's admins always may
 */
public record CourseFile(String fileId, String tenantId, String courseId, String name, String contentType, long size,
                         boolean visibleToParticipants, Instant createdAt) {

    public String objectKey() {
        return "course-files/" + tenantId + "/" + courseId + "/" + fileId;
    }
}
