package io.coursedesk.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.ListPages;
import io.coursedesk.shared.domain.Course;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
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
        assertThat(list.items()).extracting(n -> n.path("name").asText()).containsExactly("Anna de Vries", "Max Wilting");
        assertThat(list.items().get(0).path("external").asBoolean()).isFalse();

        ApiGatewayResponse otherList = api.call(ApiGatewayEvents.get("/instructors").bearer(other.token));
        assertThat(otherList.items()).isEmpty();
    }

    @Test
    void instructorsCandidatesAndInvitationsArePagedForTheirCallerAndCourseOnly() {
        ProviderFixture provider = new ProviderFixture(api, "Paginas");
        Course course = provider.course("BHV", LocalDate.now().plusDays(40));
        List<String> qualified = new ArrayList<>();
        for (String name : List.of("Anna", "Bram", "Cor", "Dirk", "Eva")) {
            qualified.add(provider.instructor(name + " de Boer", "BHV").id());
            provider.instructor(name + " de Vries", "Basic Life Support");
        }
        api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations").bearer(provider.token)
                .jsonBody(Map.of("instructorIds", qualified)));
        String path = "/courses/" + course.id();

        assertThat(ListPages.all(3, cursor -> get(ListPages.page("/instructors", 3, cursor), provider.token))).hasSize(10);
        assertThat(ListPages.all(2, cursor -> get(ListPages.page(path + "/instructor-candidates", 2, cursor),
                provider.token))).extracting(c -> c.path("instructorId").asText()).containsExactlyElementsOf(qualified);
        assertThat(ListPages.all(2, cursor -> get(ListPages.page(path + "/instructor-invitations", 2, cursor),
                provider.token))).extracting(c -> c.path("instructorId").asText()).containsExactlyElementsOf(qualified);

        String next = get(path + "/instructor-candidates?limit=2", provider.token).next();
        Course other = provider.course("BHV", LocalDate.now().plusDays(41));
        ListPages.assertRefused(get("/courses/" + other.id() + "/instructor-candidates?limit=2&cursor=" + next,
                provider.token), "cursor");
        ListPages.assertRefused(get(path + "/instructor-invitations?limit=2&cursor=" + next, provider.token), "cursor");
        ListPages.assertRefused(get(path + "/instructor-candidates?limit=2&cursor=" + next,
                api.aws().tokens().forSubject("second-admin").tenantId(provider.tenantId).role("PROVIDER_ADMIN").mint()),
                "cursor");
        ListPages.assertRefused(get("/instructors?limit=251", provider.token), "limit");
    }

    private ApiGatewayResponse get(String path, String token) {
        return api.call(ApiGatewayEvents.get(path).bearer(token));
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
