package io.coursedesk.passes.api;

import io.coursedesk.passes.files.CourseFiles;
import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.util.Map;

/**
 * A course file as the API shows it.
 *
 * @param downloadUrl   a presigned GET made for this answer, valid for minutes; null while the upload has not arrived
 * @param uploadUrl     only in the answer to adding it: a presigned PUT for exactly {@code uploadHeaders}
 */
@Introspected
public record CourseFileView(String fileId, String courseId, String name, String contentType, long size,
                             boolean visibleToParticipants, Instant createdAt,
                             String downloadUrl, Instant downloadUrlExpiresAt,
                             String uploadUrl, Instant uploadUrlExpiresAt, Map<String, String> uploadHeaders) {

    static CourseFileView of(CourseFiles.NewCourseFile added) {
        var f = added.file();
        return new CourseFileView(f.fileId(), f.courseId(), f.name(), f.contentType(), f.size(),
                f.visibleToParticipants(), f.createdAt(), null, null,
                added.uploadUrl(), added.uploadUrlExpiresAt(), added.uploadHeaders());
    }

    static CourseFileView of(CourseFiles.ListedCourseFile listed) {
        var f = listed.file();
        return new CourseFileView(f.fileId(), f.courseId(), f.name(), f.contentType(), f.size(),
                f.visibleToParticipants(), f.createdAt(), listed.downloadUrl(),
                listed.downloadUrl() == null ? null : listed.downloadUrlExpiresAt(), null, null, null);
    }
}
