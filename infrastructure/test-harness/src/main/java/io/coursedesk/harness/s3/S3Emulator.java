package io.coursedesk.harness.s3;

import io.coursedesk.harness.LocalCredentials;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;

import java.net.URI;
import java.time.Duration;
import java.util.Properties;

/**
 * S3 on this machine: S3Proxy in this JVM with an in-memory blob store. It checks SigV4 signatures made with the
 * local credentials, so presigned URLs expire and refuse tampering as in AWS. Lifecycle rules are not
 * supported: the 7-day expiry lives in {@code template.yaml} only.
 */
public final class S3Emulator implements S3Bucket, AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final S3Proxy proxy;
    private final String bucket;

    private S3Emulator(S3Proxy proxy, String bucket) {
        this.proxy = proxy;
        this.bucket = bucket;
    }

    /** Starts on a free port with one empty bucket. */
    public static S3Emulator start(String bucket) {
        BlobStore store = BlobStores.create("transient", new Properties());
        store.createContainer(bucket);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalCredentials.ACCESS_KEY_ID,
                        LocalCredentials.SECRET_ACCESS_KEY)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy is " + proxy.getState() + " after " + START_TIMEOUT);
                }
                Thread.onSpinWait();
            }
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        return new S3Emulator(proxy, bucket);
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
