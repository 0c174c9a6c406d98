package io.coursedesk.harness.s3;

import io.coursedesk.harness.LocalCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class S3EmulatorTest {

    private static S3Emulator s3;
    private static S3Client client;
    private static S3Presigner presigner;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        s3 = S3Emulator.start("bundles-test");
        client = LocalCredentials.localClient(S3Client.builder(), s3.endpoint()).forcePathStyle(true).build();
        presigner = S3Presigner.builder()
                .endpointOverride(s3.endpoint())
                .region(LocalCredentials.REGION)
                .credentialsProvider(LocalCredentials.provider())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    @AfterAll
    static void stop() {
        presigner.close();
        client.close();
        s3.stop();
    }

    @Test
    void storesObjectsInTheConfiguredBucket() {
        client.putObject(r -> r.bucket(s3.bucket()).key("bundles/b-1.zip"), RequestBody.fromBytes(new byte[]{1, 2, 3}));

        assertThat(client.getObjectAsBytes(r -> r.bucket(s3.bucket()).key("bundles/b-1.zip")).asByteArray())
                .containsExactly(1, 2, 3);
    }

    @Test
    void presignedUrlsWorkAndTamperedOnesAreRefused() throws Exception {
        client.putObject(r -> r.bucket(s3.bucket()).key("bundles/b-2.zip"), RequestBody.fromString("zip"));
        URI url = presigner.presignGetObject(r -> r.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest(g -> g.bucket(s3.bucket()).key("bundles/b-2.zip"))).url().toURI();

        HttpResponse<String> valid = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        URI tampered = URI.create(url.toString().replace("b-2.zip", "b-3.zip"));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).isEqualTo("zip");
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
