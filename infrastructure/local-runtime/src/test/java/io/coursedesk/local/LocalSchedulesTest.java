package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.HttpApiGateway;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /local/schedules} in front of the reminders function's own jar: the template's schedule is listed, runs on
 * request as of the given instant, and fires by itself at its next time in its time zone.
 */
class LocalSchedulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Half a second before 07:00 in Amsterdam (summer time), when the schedule fires (cron years end at 2199). */
    private static final Instant BEFORE_SEVEN = Instant.parse("2190-06-01T04:59:59.500Z");

    @TempDir
    static Path templateDir;

    private static LocalFunctions functions;
    private static LocalSchedules schedules;
    private static HttpApiGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        LocalAws aws = LocalAws.get();
        Path jar = Path.of("../../functions/reminders/target/reminders-lambda.jar").toAbsolutePath().normalize();
        Path template = templateDir.resolve("template.yaml");
        Files.writeString(template, """
                Resources:
                  RemindersScheduleFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: %s
                      Handler: io.coursedesk.reminders.api.RemindersScheduleHandler::handleRequest
                      Timeout: 60
                      Events:
                        DailyReminders:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: cron(0 7 * * ? *)
                            ScheduleExpressionTimezone: Europe/Amsterdam
                            Input: '{"scheduledTime": "<aws.scheduler.scheduled-time>"}'
                """.formatted(jar));
        SamTemplate samTemplate = SamTemplate.load(template);
        functions = new LocalFunctions(samTemplate);
        schedules = new LocalSchedules(samTemplate, (functionId, input) -> functions.get(functionId).invoke(input),
                () -> aws.awaitEventsSettled(Duration.ofSeconds(20)), Clock.fixed(BEFORE_SEVEN, ZoneOffset.UTC));
        gateway = HttpApiGateway.start(samTemplate, 0).context(LocalSchedules.PATH, schedules);
    }

    @AfterAll
    static void stop() {
        schedules.close();
        gateway.close();
        functions.close();
    }

    @Test
    void aScheduleRunsOnRequestAsOfTheGivenInstant() throws Exception {
        Instant at = Instant.parse("2650-03-01T06:00:00Z");

        HttpResponse<String> run = send("POST", "/local/schedules/DailyReminders/run?at=" + at);

        assertThat(run.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(run.body());
        assertThat(answer.path("due").isInt()).isTrue();
        assertThat(answer.path("published").isInt()).isTrue();
        JsonNode listed = JSON.readTree(send("GET", "/local/schedules").body()).get(0);
        assertThat(listed.path("name").asText()).isEqualTo("DailyReminders");
        assertThat(listed.path("expression").asText()).isEqualTo("cron(0 7 * * ? *)");
        assertThat(listed.path("timezone").asText()).isEqualTo("Europe/Amsterdam");
        assertThat(send("POST", "/local/schedules/Nightly/run").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/local/schedules/DailyReminders/run?at=tomorrow").statusCode()).isEqualTo(400);
    }

    @Test
    void aScheduleFiresByItselfAtItsNextTimeInItsTimeZone() throws Exception {
        schedules.start();

        Instant seven = Instant.parse("2190-06-01T05:00:00Z");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String lastRun = "";
        while (!lastRun.equals(seven.toString()) && System.nanoTime() < deadline) {
            lastRun = JSON.readTree(send("GET", "/local/schedules").body()).get(0).path("lastRun").asText();
        }

        assertThat(lastRun).isEqualTo(seven.toString());
    }

    private static HttpResponse<String> send(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
