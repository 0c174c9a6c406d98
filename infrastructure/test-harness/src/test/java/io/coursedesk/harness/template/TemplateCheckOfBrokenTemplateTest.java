package io.coursedesk.harness.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The template check finds each kind of mistake, named so it can be fixed. */
class TemplateCheckOfBrokenTemplateTest {

    private final TemplateCheck check = new TemplateCheck(load("/broken-template.yaml"));

    @Test
    void findsUnresolvedReferences() {
        assertThat(check.unresolvedReferences()).hasSize(4).anySatisfy(p -> assertThat(p).contains("${Missing}"))
                .anySatisfy(p -> assertThat(p).contains("Nothing"))
                .anySatisfy(p -> assertThat(p).contains("Ref \"Unknown\""))
                .anySatisfy(p -> assertThat(p).contains("IsStaging"));
    }

    @Test
    void findsPatternsEventRulerRejects() {
        assertThat(check.invalidEventPatterns()).singleElement().asString().startsWith("Sender.BadPattern");
    }

    @Test
    void findsSchedulesAwsRejects() {
        assertThat(check.invalidSchedules()).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("Sender.Nightly"))
                .anySatisfy(p -> assertThat(p).contains("rate(1 day)"));
    }

    @Test
    void findsAsyncTriggersAndFunctionsWithoutRetryOrDeadLetter() {
        assertThat(check.asyncFunctionsWithoutRetryOrDeadLetter()).containsExactlyInAnyOrder(
                "Sender.BadPattern: no RetryPolicy", "Sender.BadPattern: no DeadLetterConfig",
                "Sender.Often: no RetryPolicy", "Sender.Often: no DeadLetterConfig",
                "Sender: asynchronous, but no DeadLetterQueue or EventInvokeConfig.DestinationConfig.OnFailure",
                "Sender: asynchronous, but no EventInvokeConfig.MaximumRetryAttempts");
    }

    @Test
    void findsDeadLetterQueuesWithoutAnAlarmThatNotifiesSomeone() {
        assertThat(check.deadLetterQueuesWithoutAlarm()).containsExactly(
                "Queue: dead-letter queue without an alarm on ApproximateNumberOfMessagesVisible with AlarmActions");
    }

    @Test
    void findsRoutesClaimedTwice() {
        assertThat(check.duplicateRoutes()).singleElement().asString().startsWith("GET /things");
    }

    @Test
    void findsHandlersMissingFromTheJar(@TempDir Path root) throws Exception {
        Path template = root.resolve("template.yaml");
        Files.copy(Path.of(getClass().getResource("/broken-template.yaml").toURI()), template);
        jar(root.resolve("functions/sender/target/sender-lambda.jar"), "example/Sender.class");
        jar(root.resolve("functions/other/target/other-lambda.jar"), "example/Another.class");

        assertThat(new TemplateCheck(SamTemplate.load(template)).missingHandlers())
                .singleElement().asString().startsWith("Other: handler example.Other is not in");
    }

    @Test
    void reportsAFunctionNotBuiltYet() {
        assertThat(check.missingHandlers()).hasSize(2).allSatisfy(p -> assertThat(p).endsWith("is not built"));
    }

    private static void jar(Path jar, String entry) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(new byte[]{(byte) 0xca, (byte) 0xfe});
            zip.closeEntry();
        }
    }

    private static SamTemplate load(String resource) {
        try {
            return SamTemplate.load(Path.of(TemplateCheckOfBrokenTemplateTest.class.getResource(resource).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
