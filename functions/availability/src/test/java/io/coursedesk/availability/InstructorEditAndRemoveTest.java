package io.coursedesk.availability;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InstructorEditAndRemoveTest {
    private static final LocalDate TODAY = LocalDate.now(Zones.AMSTERDAM);

    private final FunctionUnderTest api = ProviderFixture.function();

    @Test
    void anAdminEditsAnInstructorValidatedAsAtRegistration() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        Instructor max = provider.instructor("Max Wilting", "BHV");

        ApiGatewayResponse edited = api.call(ApiGatewayEvents.put("/instructors/" + max.id()).bearer(provider.token)
                .jsonBody(Map.of("name", "Max van Wilting", "email", "max@elders.org",
                        "courseTypes", List.of("BHV", "Basic Life Support"), "external", true)));
        ApiGatewayResponse refused = api.call(ApiGatewayEvents.put("/instructors/" + max.id()).bearer(provider.token)
                .jsonBody(Map.of("name", " ", "email", "nee", "courseTypes", List.of(""))));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("instructorId").asText()).isEqualTo(max.id());
        Instructor stored = api.bean(InstructorRepository.class).find(provider.tenantId, max.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Max van Wilting");
        assertThat(stored.email()).isEqualTo("max@elders.org");
        assertThat(stored.courseTypes()).containsExactlyInAnyOrder("BHV", "Basic Life Support");
        assertThat(stored.external()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(max.createdAt());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("name", "email", "courseTypes[0]");
        assertThat(api.bean(InstructorRepository.class).find(provider.tenantId, max.id()).orElseThrow().name())
                .isEqualTo("Max van Wilting");
    }

    @Test
    void anAdminRemovesAnInstructorWhoseCoursesHaveEnded() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        Instructor anna = provider.instructor("Anna de Vries", "BHV");
        provider.bookElsewhere(anna, TODAY.minusDays(30));

        ApiGatewayResponse removed = api.call(ApiGatewayEvents.delete("/instructors/" + anna.id()).bearer(provider.token));

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(api.bean(InstructorRepository.class).find(provider.tenantId, anna.id())).isEmpty();
        assertThat(api.call(ApiGatewayEvents.get("/instructors").bearer(provider.token)).items()).isEmpty();
        assertThat(api.call(ApiGatewayEvents.delete("/instructors/" + anna.id()).bearer(provider.token)).status())
                .isEqualTo(404);
    }

    @Test
    void anInstructorAssignedToACourseThatHasNotEndedStays() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        Instructor anna = provider.instructor("Anna de Vries", "BHV");
        provider.bookElsewhere(anna, TODAY.minusDays(1), TODAY);

        ApiGatewayResponse refused = api.call(ApiGatewayEvents.delete("/instructors/" + anna.id()).bearer(provider.token));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("assigned to courses that have not ended");
        assertThat(api.bean(InstructorRepository.class).find(provider.tenantId, anna.id())).isPresent();
    }

    @Test
    void anInstructorWithAnOpenInvitationStays() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        Instructor anna = provider.instructor("Anna de Vries", "BHV");
        Course course = provider.course("BHV", TODAY.plusDays(14));
        assertThat(api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token).jsonBody(Map.of("instructorIds", List.of(anna.id())))).status()).isEqualTo(201);

        ApiGatewayResponse refused = api.call(ApiGatewayEvents.delete("/instructors/" + anna.id()).bearer(provider.token));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("open invitations").contains(course.id());
        assertThat(api.bean(InstructorRepository.class).find(provider.tenantId, anna.id())).isPresent();
    }

    @Test
    void onlyTheInstructorsOwnProvidersAdminEditsOrRemovesThem() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        ProviderFixture other = new ProviderFixture(api, "Elders");
        Instructor anna = provider.instructor("Anna de Vries", "BHV");
        Map<String, Object> body = Map.of("name", "Overgenomen", "email", "x@example.org", "courseTypes", List.of("BHV"));
        String student = api.aws().tokens().forSubject("student-1").tenantId(provider.tenantId).role("STUDENT")
                .studentId("s1").mint();

        assertThat(api.call(ApiGatewayEvents.put("/instructors/" + anna.id()).bearer(other.token).jsonBody(body))
                .status()).isEqualTo(404);
        assertThat(api.call(ApiGatewayEvents.delete("/instructors/" + anna.id()).bearer(other.token)).status())
                .isEqualTo(404);
        assertThat(api.call(ApiGatewayEvents.put("/instructors/no-such-one").bearer(provider.token).jsonBody(body))
                .status()).isEqualTo(404);
        assertThat(api.call(ApiGatewayEvents.put("/instructors/" + anna.id()).bearer(student).jsonBody(body))
                .status()).isEqualTo(403);
        assertThat(api.call(ApiGatewayEvents.delete("/instructors/" + anna.id()).bearer(student)).status())
                .isEqualTo(403);
        assertThat(api.bean(InstructorRepository.class).find(provider.tenantId, anna.id()).orElseThrow().name())
                .isEqualTo("Anna de Vries");
    }
}
