package io.coursedesk.harness.s3;

import java.net.URI;

/** The one bucket the functions use, and where S3 answers for it (path-style access). */
public interface S3Bucket {

    String bucket();

    /** The endpoint override for the SDK's {@code S3Client} and presigner, path-style. */
    URI endpoint();
}
