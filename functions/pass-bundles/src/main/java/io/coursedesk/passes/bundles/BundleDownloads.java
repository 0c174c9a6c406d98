package io.coursedesk.passes.bundles;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Download links of ready bundles: a presigned GET made for each answer and never stored, because a URL signed
 * with a Lambda's temporary credentials dies with them. Valid for {@code coursedesk.passes.download-validity}
 * (5 minutes), never past the bundle's own expiry.
 */
@Singleton
public class BundleDownloads {
    /** The shortest validity SigV4 takes. */
    private static final Duration MIN_VALIDITY = Duration.ofSeconds(1);

    private final S3Presigner presigner;
    private final String bucket;
    private final Duration validity;
    private final Clock clock;

    public BundleDownloads(S3Presigner presigner, @Value("${coursedesk.bucket-name}") String bucket,
                           @Value("${coursedesk.passes.download-validity:5m}") Duration validity, Clock clock) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.validity = validity;
        this.clock = clock;
    }

    /** A link for a ready bundle that has not expired; none otherwise. */
    public Optional<URI> downloadUrl(PassBundle bundle) {
        Duration left = Duration.between(clock.instant(), bundle.expiresAt());
        if (bundle.status() != BundleStatus.READY || left.compareTo(MIN_VALIDITY) < 0) {
            return Optional.empty();
        }
        Duration valid = left.compareTo(validity) < 0 ? left : validity;
        return Optional.of(URI.create(presigner.presignGetObject(p -> p.signatureDuration(valid)
                .getObjectRequest(g -> g.bucket(bucket).key(bundle.objectKey())
                        .responseContentDisposition("attachment; filename=\"passen-" + bundle.bundleId() + ".zip\"")))
                .url().toString()));
    }
}
