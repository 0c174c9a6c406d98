package io.coursedesk.harness.node;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An emulator that is an npm package pinned in {@link #MODULE} (installed from its lock file by the build, CI and
 * {@code ./run-local}), run with node on a loopback port until stopped. Its output goes to a temporary log, quoted
 * when it does not start.
 */
public final class NodeEmulator implements AutoCloseable {

    /** Where the emulators' npm packages are pinned and installed. */
    public static final String MODULE = "infrastructure/emulators";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private NodeEmulator(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Runs {@code cli} (a path inside the module's {@code node_modules}) with node in {@code workingDirectory} and
     * waits until {@code port} answers HTTP.
     *
     * @param name        what the messages call it: "the SES emulator"
     * @param environment added to this process's environment
     */
    public static NodeEmulator start(String name, Path repositoryRoot, String cli, List<String> arguments,
                                     Map<String, String> environment, Path workingDirectory, int port) {
        Path script = repositoryRoot.resolve(MODULE).resolve(cli);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(name + " is not installed: run `npm ci` in "
                    + repositoryRoot.resolve(MODULE) + " (missing " + script + ")");
        }
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        command.addAll(arguments);
        try {
            Path log = Files.createTempFile("emulator-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            NodeEmulator emulator = new NodeEmulator(name, builder.start(), port, log);
            emulator.awaitListening();
            return emulator;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + " with `node` (is Node.js installed?)", e);
        }
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
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

    /** Any HTTP answer, even an error status, shows it serves. */
    private void awaitListening() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + logText());
            }
            try {
                http.send(HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException(name + " did not answer on port " + port + " within " + START_TIMEOUT + ": "
                + logText());
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
