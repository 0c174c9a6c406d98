package io.coursedesk.harness.architecture;

import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No use case publishes outside a transaction: the only code that may reach the bus's PutEvents is the outbox relay
 * (shared/relay). Every other function and shared module writes events through the outbox.
 */
class OnlyTheRelayPublishesTest {
    private static final Pattern PUBLISHING = Pattern.compile("putEvents|PutEventsRequest|EventBridgeClient");
    private static final Path ROOT = SamTemplate.repositoryRoot();
    private static final Path RELAY = ROOT.resolve("shared/relay/src/main/java");
    private static final Path RELAY_FUNCTION = ROOT.resolve("functions/outbox-relay/src/main/java");

    @Test
    void noProductionCodeButTheRelayReferencesPutEvents() {
        List<Path> sources = productionSources();

        assertThat(sources).as("production sources found").hasSizeGreaterThan(50);
        assertThat(sources).filteredOn(OnlyTheRelayPublishesTest::publishes)
                .allMatch(source -> source.startsWith(RELAY) || source.startsWith(RELAY_FUNCTION));
        assertThat(sources).filteredOn(OnlyTheRelayPublishesTest::publishes).anyMatch(source -> source.startsWith(RELAY));
    }

    private static List<Path> productionSources() {
        try (Stream<Path> files = Stream.concat(Files.walk(ROOT.resolve("shared")), Files.walk(ROOT.resolve("functions")))) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.toString().contains("/src/main/java/"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean publishes(Path source) {
        try {
            return PUBLISHING.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
