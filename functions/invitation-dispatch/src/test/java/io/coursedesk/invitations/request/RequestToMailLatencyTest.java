package io.coursedesk.invitations.request;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Student;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long it takes from the HTTP request that causes a mail to the mail in the SES emulator's store: the API
 * handler publishes through the SDK to the local bus, which matches the template's rules and invokes the
 * dispatch handler, which sends through the SDK to the emulator. The store is polled every 50 ms.
 */
class RequestToMailLatencyTest {
    private static final int RUNS = 20;
    private final MailWorld world = MailWorld.get();

    @Test
    void medianOfTwentyRequestsToMailInTheStore() {
        world.connectBus();
        world.aws.ses().clear();
        String tenant = world.newTenant();
        String token = world.adminToken(tenant);
        measure(tenant, token);

        List<Duration> durations = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            durations.add(measure(tenant, token));
        }

        List<Duration> sorted = durations.stream().sorted().toList();
        Duration median = sorted.get(RUNS / 2 - 1).plus(sorted.get(RUNS / 2)).dividedBy(2);
        System.out.printf("HTTP request -> mail in SES store, %d runs: median %d ms, min %d ms, max %d ms%n", RUNS,
                median.toMillis(), sorted.get(0).toMillis(), sorted.get(RUNS - 1).toMillis());
        assertThat(median).isLessThan(Duration.ofSeconds(5));
    }

    private Duration measure(String tenant, String token) {
        Course course = world.course(tenant, "BHV", null);
        Student student = world.student(tenant, "Snel", "Verzonden", null);
        world.enrol(course, student, EnrolmentStatus.CONFIRMED);
        long started = System.nanoTime();
        int status = world.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations").bearer(token)
                .jsonBody(Map.of("audience", "STUDENTS"))).status();
        assertThat(status).isEqualTo(202);
        world.awaitEmailTo(student.email());
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
