package io.coursedesk.availability;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor changing their answer while the provider confirms them: the decision and the answers are
 * guarded writes on one item, so either the confirmation lands on an answer it saw (and no later answer
 * undoes it), or it is refused and nothing of it is written.
 */
class ConcurrentDecisionsTest {
    private static final int ROUNDS = 8;
    private static final int ANSWERS_PER_ROUND = 6;

    private final FunctionUnderTest api = ProviderFixture.function();

    @Test
    void aConfirmationAndRacingAnswersNeverLeaveAHalfDecision() throws Exception {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        ExecutorService pool = Executors.newFixedThreadPool(ANSWERS_PER_ROUND + 1);
        int confirmedRounds = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Course course = provider.course("BHV", LocalDate.now(Zones.AMSTERDAM).plusDays(40 + round));
                Instructor instructor = provider.instructor("Max Wilting " + round, "BHV");
                api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations")
                        .bearer(provider.token).jsonBody(Map.of("instructorIds", List.of(instructor.id()))));
                String path = provider.events("InstructorInvited").stream()
                        .filter(e -> e.path("instructorId").asText().equals(instructor.id())).findFirst().orElseThrow()
                        .path("respondUrl").asText().substring(api.url().toString().length());
                answer(path, "AVAILABLE");

                List<Callable<ApiGatewayResponse>> calls = new ArrayList<>();
                for (int i = 0; i < ANSWERS_PER_ROUND; i++) {
                    String answer = i % 2 == 0 ? "UNAVAILABLE" : "AVAILABLE";
                    calls.add(() -> answer(path, answer));
                }
                calls.add(ANSWERS_PER_ROUND / 2, () -> api.call(ApiGatewayEvents.post("/courses/" + course.id()
                        + "/instructor-invitations/" + instructor.id() + "/confirm").bearer(provider.token)
                        .jsonBody(Map.of("role", "LEAD"))));
                List<Future<ApiGatewayResponse>> results = pool.invokeAll(calls);
                ApiGatewayResponse confirmation = results.get(ANSWERS_PER_ROUND / 2).get();

                String status = api.call(ApiGatewayEvents.get("/courses/" + course.id() + "/instructor-invitations")
                        .bearer(provider.token)).items().get(0).path("status").asText();
                String lead = api.bean(CourseRepository.class).find(provider.tenantId, course.id()).orElseThrow()
                        .details().leadInstructorId();
                if (confirmation.status() == 200) {
                    confirmedRounds++;
                    assertThat(status).isEqualTo("CONFIRMED_LEAD");
                    assertThat(lead).isEqualTo(instructor.id());
                } else {
                    assertThat(confirmation.status()).as(confirmation.body()).isEqualTo(409);
                    assertThat(status).isIn("AVAILABLE", "UNAVAILABLE");
                    assertThat(lead).isNull();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("confirmations that won the race: " + confirmedRounds + " of " + ROUNDS);
    }

    private ApiGatewayResponse answer(String path, String answer) {
        return api.call(ApiGatewayEvents.post(path).formBody(Map.of("answer", answer)));
    }
}
