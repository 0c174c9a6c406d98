package io.coursedesk.passes.files;

import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.http.download.ContentDisposition;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.PagePosition;
import io.coursedesk.shared.persistence.Slice;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.tenancy.Caller;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Adding, listing and removing a course's files. The bytes never pass through the function: an admin uploads with
 * a presigned PUT signed for the announced type and size, and downloads go through presigned GETs made per request.
 */
@Singleton
public class CourseFiles {
    /** Long enough to upload 20 MB on a slow line, short enough that a leaked URL is soon useless. */
    static final Duration UPLOAD_VALIDITY = Duration.ofMinutes(15);
    static final Duration DOWNLOAD_VALIDITY = Duration.ofMinutes(5);

    private final CourseRepository courses;
    private final EnrolmentRepository enrolments;
    private final CourseFileRepository files;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final Clock clock;

    CourseFiles(CourseRepository courses, EnrolmentRepository enrolments, CourseFileRepository files,
                S3Client s3, S3Presigner presigner, @Value("${coursedesk.bucket-name}") String bucket, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.files = files;
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.clock = clock;
    }

    /** A file announced; its upload URL accepts exactly the announced type and size. */
    public NewCourseFile add(Caller caller, String courseId, CourseFileRequest request) {
        Course course = course(caller, courseId);
        if (!FileTypes.ALLOWED.contains(request.contentType())) {
            throw ProblemException.invalid("contentType", "must be PDF, an image (PNG, JPEG, GIF, WebP) or an Office document");
        }
        if (!course.isOpen()) {
            throw ProblemException.conflict("The course is cancelled.");
        }
        CourseFile file = new CourseFile(Ids.newId(), caller.tenantId(), course.id(), request.name().strip(),
                request.contentType(), request.size(), Boolean.TRUE.equals(request.visibleToParticipants()),
                clock.instant());
        files.put(file);
        URL uploadUrl = presigner.presignPutObject(p -> p.signatureDuration(UPLOAD_VALIDITY)
                .putObjectRequest(o -> o.bucket(bucket).key(file.objectKey())
                        .contentType(file.contentType()).contentLength(file.size()))).url();
        return new NewCourseFile(file, uploadUrl.toString(), file.createdAt().plus(UPLOAD_VALIDITY),
                Map.of("Content-Type", file.contentType(), "Content-Length", Long.toString(file.size())));
    }

    /**
     * The files this caller may see with a download link each: all for the provider's admins, those marked for
     * participants for a confirmed participant; anyone else is told the course does not exist. A file whose upload
     * has not arrived is listed to admins without a link, and not at all to participants.
     */
    public Slice<ListedCourseFile, PagePosition> page(Caller caller, String courseId, int limit, PagePosition after) {
        requireValid(courseId);
        boolean admin = caller.isProviderAdmin();
        if (!admin && !isConfirmedParticipant(caller, courseId)) {
            throw ProblemException.notFound("Course " + courseId);
        }
        if (admin) {
            course(caller, courseId);
        }
        Instant now = clock.instant();
        return files.page(caller.tenantId(), courseId,
                        file -> admin || (file.visibleToParticipants() && uploaded(file)), limit, after)
                .map(file -> new ListedCourseFile(file, uploaded(file) ? download(file) : null,
                        now.plus(DOWNLOAD_VALIDITY)));
    }

    public void delete(Caller caller, String courseId, String fileId) {
        course(caller, courseId);
        if (!Ids.isValid(fileId)) {
            throw ProblemException.notFound("File " + fileId);
        }
        CourseFile file = files.find(caller.tenantId(), courseId, fileId)
                .orElseThrow(() -> ProblemException.notFound("File " + fileId));
        s3.deleteObject(d -> d.bucket(bucket).key(file.objectKey()));
        files.delete(file);
    }

    private Course course(Caller caller, String courseId) {
        requireValid(courseId);
        return courses.find(caller.tenantId(), courseId)
                .orElseThrow(() -> ProblemException.notFound("Course " + courseId));
    }

    private static void requireValid(String courseId) {
        if (!Ids.isValid(courseId)) {
            throw ProblemException.notFound("Course " + courseId);
        }
    }

    private boolean isConfirmedParticipant(Caller caller, String courseId) {
        if (!caller.isStudent() || caller.studentId() == null) {
            return false;
        }
        return enrolments.findOnCourse(caller.tenantId(), courseId, caller.studentId())
                .filter(enrolment -> enrolment.status() == EnrolmentStatus.CONFIRMED)
                .isPresent();
    }

    private boolean uploaded(CourseFile file) {
        try {
            s3.headObject(h -> h.bucket(bucket).key(file.objectKey()));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    private String download(CourseFile file) {
        return presigner.presignGetObject(p -> p.signatureDuration(DOWNLOAD_VALIDITY)
                .getObjectRequest(o -> o.bucket(bucket).key(file.objectKey())
                        .responseContentDisposition(ContentDisposition.attachment(file.name())))).url().toString();
    }

    /** What the admin gets back: the file and how to upload it. */
    public record NewCourseFile(CourseFile file, String uploadUrl, Instant uploadUrlExpiresAt,
                                Map<String, String> uploadHeaders) {
    }

    /** @param downloadUrl null while the upload has not arrived */
    public record ListedCourseFile(CourseFile file, String downloadUrl, Instant downloadUrlExpiresAt) {
    }
}
