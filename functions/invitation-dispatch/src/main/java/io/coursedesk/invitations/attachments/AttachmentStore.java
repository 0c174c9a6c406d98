package io.coursedesk.invitations.attachments;

import io.coursedesk.shared.events.CourseInvitationRequested.StoredAttachment;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.List;

/**
 * Invitation attachments in the bucket, under {@code attachments/<tenant>/<invitationId>/}: the request
 * stores them, the dispatch reads them back when it builds each mail. A key outside the tenant's own prefix
 * is never read.
 */
@Singleton
public class AttachmentStore {
    static final String PREFIX = "attachments/";

    private final S3Client s3;
    private final String bucket;

    public AttachmentStore(S3Client s3, @Value("${coursedesk.bucket-name}") String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** Where a file will be stored; {@code index} keeps two files of the same name apart. */
    public StoredAttachment place(String tenantId, String invitationId, int index, String filename, String contentType,
                                  long size) {
        return new StoredAttachment(prefix(tenantId) + invitationId + "/" + index + "-" + safeName(filename), filename,
                contentType, size);
    }

    public void put(StoredAttachment attachment, byte[] content) {
        s3.putObject(b -> b.bucket(bucket).key(attachment.key()).contentType(attachment.contentType())
                .contentLength((long) content.length), RequestBody.fromBytes(content));
    }

    /** Removes the files of an invitation that was not accepted after all. */
    public void delete(List<StoredAttachment> stored) {
        stored.forEach(attachment -> s3.deleteObject(b -> b.bucket(bucket).key(attachment.key())));
    }

    public byte[] get(String tenantId, StoredAttachment attachment) {
        if (!attachment.key().startsWith(prefix(tenantId))) {
            throw new IllegalArgumentException("attachment " + attachment.key() + " is not one of tenant " + tenantId);
        }
        return s3.getObjectAsBytes(b -> b.bucket(bucket).key(attachment.key())).asByteArray();
    }

    private static String prefix(String tenantId) {
        if (tenantId == null || tenantId.isBlank() || tenantId.contains("/")) {
            throw new IllegalArgumentException("invalid tenant id: " + tenantId);
        }
        return PREFIX + tenantId + "/";
    }

    /** The name as typed stays in the event; the key gets a plain version of it. */
    private static String safeName(String filename) {
        String safe = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
    }
}
