package io.coursedesk.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InstructorsTest {
    private final FunctionUnderTest api = ProviderFixture.function();

    @Test
    void registersInstructorsAndListsThemByNameForTheirOwnProviderOnly() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        ProviderFixture other = new ProviderFixture(api, "Elders");

        ApiGatewayResponse created = api.call(ApiGatewayEvents.post("/instructors").bearer(provider.token).jsonBody(Map.of(
                "name", "Max Wilting", "email", "max@example.org",
                "courseTypes", List.of("BHV", "Basic Life Support"), "external", true)));
        api.call(ApiGatewayEvents.post("/instructors").bearer(provider.token).jsonBody(Map.of(
                "name", "Anna de Vries", "email", "anna@example.org", "courseTypes", List.of("BHV"))));

        assertThat(created.status()).isEqualTo(201);
        JsonNode max = created.json();
        assertThat(max.path("instructorId").asText()).isNotBlank();
        assertThat(max.path("external").asBoolean()).isTrue();
        assertThat(max.path("courseTypes")).extracting(JsonNode::asText).containsExactly("Basic Life Support", "BHV");

        ApiGatewayResponse list = api.call(ApiGatewayEvents.get("/instructors").bearer(provider.token));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).extracting(n -> n.path("name").asText()).containsExactly("Anna de Vries", "Max Wilting");
        assertThat(list.json().get(0).path("external").asBoolean()).isFalse();

        ApiGatewayResponse otherList = api.call(ApiGatewayEvents.get("/instructors").bearer(other.token));
        assertThat(otherList.json()).isEmpty();
    }

    @Test
    void refusesAnInvalidInstructorNamingEveryFieldAndWritesNothing() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        int before = provider.items().size();

        ApiGatewayResponse refused = api.call(ApiGatewayEvents.post("/instructors").bearer(provider.token).jsonBody(Map.of(
                "name", " ", "email", "not-an-address", "courseTypes", List.of("BHV", ""))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("name", "email", "courseTypes[1]");
        assertThat(provider.items()).hasSize(before);

        ApiGatewayResponse noTypes = api.call(ApiGatewayEvents.post("/instructors").bearer(provider.token)
                .jsonBody(Map.of("name", "Max", "email", "max@example.org")));
        assertThat(noTypes.status()).isEqualTo(400);
        assertThat(noTypes.json().path("errors")).extracting(e -> e.path("field").asText()).containsExactly("courseTypes");

        ApiGatewayResponse noBody = api.call(ApiGatewayEvents.post("/instructors").bearer(provider.token).jsonBody("{\"name\": 5,"));
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.contentType()).startsWith("application/problem+json");
        assertThat(provider.items()).hasSize(before);
    }

    @Test
    void onlyProviderAdminsManageInstructors() {
        ProviderFixture provider = new ProviderFixture(api, "CIBOT");
        String student = api.aws().tokens().forSubject("student-1").tenantId(provider.tenantId).role("STUDENT")
                .studentId("s1").mint();

        assertThat(api.call(ApiGatewayEvents.get("/instructors").bearer(student)).status()).isEqualTo(403);
        assertThat(api.call(ApiGatewayEvents.get("/instructors")).status()).isEqualTo(401);
    }
}
