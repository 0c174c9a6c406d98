package io.coursedesk.passes.bundles;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one S3 object of unknown length as a multipart upload, holding one part in memory at a time: every full
 * buffer is uploaded as a part, {@link #close()} uploads the rest and completes the object. Until then the object
 * does not exist; {@link #abort()} discards the parts uploaded so far (S3 keeps and bills them otherwise).
 */
public final class MultipartUploadStream extends OutputStream {
    /** S3's smallest part but the last. */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String uploadId;
    private final byte[] buffer;
    private final List<CompletedPart> parts = new ArrayList<>();
    private int filled;
    private boolean finished;

    public MultipartUploadStream(S3Client s3, String bucket, String key, String contentType, int partSize) {
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("parts must be at least " + MIN_PART_SIZE + " bytes: " + partSize);
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.buffer = new byte[partSize];
        this.uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)).uploadId();
    }

    @Override
    public void write(int b) {
        if (filled == buffer.length) {
            uploadPart();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            if (filled == buffer.length) {
                uploadPart();
            }
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
        }
    }

    /** Uploads the last part and completes the object. */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        if (filled > 0 || parts.isEmpty()) {
            uploadPart();
        }
        s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(m -> m.parts(parts)));
        finished = true;
    }

    /** Gives the upload up; the object is not created. */
    public void abort() {
        if (!finished) {
            finished = true;
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        }
    }

    private void uploadPart() {
        int partNumber = parts.size() + 1;
        int length = filled;
        // the SDK reads the buffer itself (possibly twice, for the checksum): no copy of the part
        String eTag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
                        .contentLength((long) length),
                RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                        "application/octet-stream")).eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(eTag).build());
        filled = 0;
    }
}
