package io.coursedesk.harness.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.ses.MailStore;
import io.coursedesk.harness.ses.StoredEmail;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * SES on LocalStack, read back from the mail it keeps at {@code /_aws/ses}: simple sends come with their fields,
 * raw sends (all of the functions' mail) as the MIME text, parsed here into the same {@link StoredEmail} the SES
 * emulator gives.
 */
final class LocalStackMail implements MailStore {

    private static final String STORE = "/_aws/ses";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalStackMail(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Verifies the sender's domain (SES sends from verified identities only) and reads mail back from then on. */
    static LocalStackMail start(URI endpoint, String senderDomain) {
        try (SesV2Client ses = LocalCredentials.localClient(SesV2Client.builder(), endpoint).build()) {
            ses.createEmailIdentity(b -> b.emailIdentity(senderDomain));
        }
        return new LocalStackMail(endpoint);
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public List<StoredEmail> storedEmails() {
        JsonNode store;
        try {
            store = JSON.readTree(send(HttpRequest.newBuilder(endpoint.resolve(STORE)).GET()));
        } catch (IOException e) {
            throw new UncheckedIOException("LocalStack's " + STORE + " is not JSON", e);
        }
        List<StoredEmail> emails = new ArrayList<>();
        store.path("messages").forEach(message -> emails.add(email(message)));
        return emails;
    }

    @Override
    public void clear() {
        send(HttpRequest.newBuilder(endpoint.resolve(STORE)).DELETE());
    }

    /** One entry of {@code messages} in LocalStack's answer. */
    static StoredEmail email(JsonNode message) {
        String id = message.path("Id").asText();
        Instant at = instant(message.path("Timestamp").asText());
        if (message.hasNonNull("RawData")) {
            return RawMail.parse(id, message.path("RawData").asText().getBytes(StandardCharsets.UTF_8), at);
        }
        JsonNode destination = message.path("Destination");
        return new StoredEmail(id, message.path("Source").asText(null), List.of(),
                texts(destination.path("ToAddresses")), texts(destination.path("CcAddresses")),
                texts(destination.path("BccAddresses")), message.path("Subject").asText(null),
                message.path("Body").path("text_part").asText(null), message.path("Body").path("html_part").asText(null),
                List.of(), at);
    }

    /** LocalStack writes UTC times, with or without a zone. */
    private static Instant instant(String timestamp) {
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException withoutZone) {
            return LocalDateTime.parse(timestamp).toInstant(ZoneOffset.UTC);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("LocalStack's " + STORE + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("LocalStack unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
