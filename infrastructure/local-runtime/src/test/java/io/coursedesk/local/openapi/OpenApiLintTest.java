package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Redocly CLI (pinned in infrastructure/openapi-lint, installed by the build) finds no error and no warning with its
 * recommended rules in the merged document, which is left in target/openapi.yaml.
 */
class OpenApiLintTest {

    private static final Path LINT = SamTemplate.repositoryRoot().resolve("infrastructure/openapi-lint");
    private static final Path CLI = LINT.resolve("node_modules/@redocly/cli/bin/cli.js");

    @Test
    void redoclysRecommendedRulesFindNothing() throws Exception {
        assumeTrue(onPath("node"), "node is not on the PATH: the merged OpenAPI document is not linted here");
        assertThat(CLI).as("Redocly CLI (the build runs `npm ci` in " + LINT + ")").isRegularFile();
        Path target = Path.of("target").toAbsolutePath();
        Path document = target.resolve("openapi.yaml");
        Files.write(document, ApiDocument.yaml(ApiDocument.of(SamTemplate.locate())));

        // stderr carries Node's own notices; the report in JSON is on stdout
        Process lint = new ProcessBuilder("node", CLI.toString(), "lint", "--config", LINT.resolve("redocly.yaml").toString(),
                "--format=json", document.toString())
                .redirectError(target.resolve("openapi-lint.stderr.txt").toFile()).start();
        byte[] output = lint.getInputStream().readAllBytes();
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();

        JsonNode report = new ObjectMapper().readTree(output);
        String problems = report.path("problems").toPrettyString();
        assertThat(report.at("/totals/errors").asInt(-1)).as("errors in " + document + ": " + problems).isZero();
        assertThat(report.at("/totals/warnings").asInt(-1)).as("warnings in " + document + ": " + problems).isZero();
        assertThat(lint.exitValue()).as("redocly lint's exit code").isZero();
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
