package io.coursedesk.passes.bundles;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An object of several parts arrives whole; an aborted upload leaves no object. */
class MultipartUploadStreamTest {
    private final BundleWorld world = BundleWorld.get();

    @Test
    void partsOfTheGivenSizeAndTheRestMakeTheWholeObject() {
        byte[] content = new byte[2 * MultipartUploadStream.MIN_PART_SIZE + 12345];
        new Random(7).nextBytes(content);
        String key = "bundles/test/" + System.nanoTime() + ".bin";

        MultipartUploadStream upload = new MultipartUploadStream(world.s3, world.aws.s3().bucket(), key,
                "application/octet-stream", MultipartUploadStream.MIN_PART_SIZE);
        upload.write(content, 0, 1000);
        upload.write(content[1000]);
        upload.write(content, 1001, content.length - 1001);
        upload.close();

        assertThat(world.s3.getObjectAsBytes(b -> b.bucket(world.aws.s3().bucket()).key(key)).asByteArray())
                .isEqualTo(content);
        assertThat(world.s3.headObject(b -> b.bucket(world.aws.s3().bucket()).key(key)).eTag()).endsWith("-3\"");
    }

    @Test
    void anAbortedUploadLeavesNothing() {
        String key = "bundles/test/" + System.nanoTime() + ".bin";
        MultipartUploadStream upload = new MultipartUploadStream(world.s3, world.aws.s3().bucket(), key,
                "application/octet-stream", MultipartUploadStream.MIN_PART_SIZE);
        upload.write(new byte[MultipartUploadStream.MIN_PART_SIZE + 1], 0, MultipartUploadStream.MIN_PART_SIZE + 1);

        upload.abort();

        assertThatThrownBy(() -> world.s3.headObject(b -> b.bucket(world.aws.s3().bucket()).key(key)))
                .isInstanceOf(NoSuchKeyException.class);
        assertThat(world.s3.listMultipartUploads(b -> b.bucket(world.aws.s3().bucket()).prefix(key)).uploads())
                .isEmpty();
    }
}
