package io.coursedesk.harness.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.node.NodeEmulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The SES v2 API on this machine: {@code aws-ses-v2-local} (npm, pinned in {@value NodeEmulator#MODULE}) run with
 * node. Mail is read back from its {@code /store}, never from its EML export, which corrupts attachments.
 */
public final class SesEmulator implements MailStore, AutoCloseable {

    private static final String CLI = "node_modules/aws-ses-v2-local/dist/cli.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeEmulator process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SesEmulator(NodeEmulator process) {
        this.process = process;
    }

    /** Starts the emulator on a free port. */
    public static SesEmulator start(Path repositoryRoot) {
        return start(repositoryRoot, FreePort.find());
    }

    public static SesEmulator start(Path repositoryRoot, int port) {
        return new SesEmulator(NodeEmulator.start("the SES emulator", repositoryRoot, CLI,
                List.of("--host", "127.0.0.1", "--port", Integer.toString(port)), Map.of(),
                repositoryRoot.resolve(NodeEmulator.MODULE), port));
    }

    public int port() {
        return process.port();
    }

    /** The endpoint override for the SDK's {@code SesV2Client}; the mail viewer is at its root. */
    @Override
    public URI endpoint() {
        return process.endpoint();
    }

    @Override
    public List<StoredEmail> storedEmails() {
        JsonNode store;
        try {
            store = JSON.readTree(get("/store"));
        } catch (IOException e) {
            throw new UncheckedIOException("the SES emulator's store is not JSON", e);
        }
        List<StoredEmail> emails = new ArrayList<>();
        store.path("emails").forEach(email -> emails.add(email(email)));
        return emails;
    }

    @Override
    public void clear() {
        send(HttpRequest.newBuilder(endpoint().resolve("/clear-store")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public void stop() {
        process.close();
    }

    @Override
    public void close() {
        stop();
    }

    private static StoredEmail email(JsonNode email) {
        List<StoredEmail.Attachment> attachments = new ArrayList<>();
        email.path("attachments").forEach(a -> attachments.add(new StoredEmail.Attachment(
                a.path("filename").asText(null), a.path("contentType").asText(null),
                Base64.getMimeDecoder().decode(a.path("content").asText("")))));
        JsonNode destination = email.path("destination");
        return new StoredEmail(email.path("messageId").asText(), email.path("from").asText(null),
                texts(email.path("replyTo")), texts(destination.path("to")), texts(destination.path("cc")),
                texts(destination.path("bcc")), email.path("subject").asText(null),
                email.path("body").path("text").asText(null), email.path("body").path("html").asText(null),
                List.copyOf(attachments), Instant.ofEpochSecond(email.path("at").asLong()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(endpoint().resolve(path)).GET());
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SES emulator answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("SES emulator unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
