package io.coursedesk.harness.ses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.FreePort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The SES v2 API on this machine: {@code aws-ses-v2-local} (npm, pinned in {@code infrastructure/ses-emulator})
 * run with node. Mail is read back from its {@code /store}, never from its EML export, which corrupts attachments.
 */
public final class SesEmulator implements MailStore, AutoCloseable {

    public static final String MODULE = "infrastructure/ses-emulator";
    private static final String CLI = "node_modules/aws-ses-v2-local/dist/cli.js";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private SesEmulator(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the emulator on a free port. */
    public static SesEmulator start(Path repositoryRoot) {
        return start(repositoryRoot, FreePort.find());
    }

    public static SesEmulator start(Path repositoryRoot, int port) {
        Path moduleDir = repositoryRoot.resolve(MODULE);
        Path cli = moduleDir.resolve(CLI);
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("the SES emulator is not installed: run `npm ci` in " + moduleDir
                    + " (missing " + cli + ")");
        }
        try {
            Path log = Files.createTempFile("ses-emulator-", ".log");
            Process process = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                    .directory(moduleDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            SesEmulator emulator = new SesEmulator(process, port, log);
            emulator.awaitReady();
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the SES emulator with `node` (is Node.js installed?)", e);
        }
    }

    public int port() {
        return port;
    }

    /** The endpoint override for the SDK's {@code SesV2Client}; the mail viewer is at its root. */
    @Override
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
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
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
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

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the SES emulator exited with " + process.exitValue() + ": " + logText());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint().resolve("/store"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause();
        }
        stop();
        throw new IllegalStateException("the SES emulator did not answer on port " + port + " within " + START_TIMEOUT
                + ": " + logText());
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

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
