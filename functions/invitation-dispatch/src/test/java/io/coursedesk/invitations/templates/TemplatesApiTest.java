package io.coursedesk.invitations.templates;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.ListPages;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.ModuleSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /templates} through the real API handler with the template's routes. */
class TemplatesApiTest {
    private final MailWorld world = MailWorld.get();
    private String tenant;
    private String token;

    @BeforeEach
    void setUp() {
        tenant = world.newTenant();
        token = world.api.adminToken(tenant);
    }

    @Test
    void anAdminCreatesReadsListsReplacesAndDeletesTemplates() {
        ApiGatewayResponse created = world.api.call(ApiGatewayEvents.post("/templates").bearer(token)
                .jsonBody(template("Uitnodiging BHV", "BHV", true)));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.path("templateId").asText();
        assertThat(created.headers()).containsEntry("Location", "/templates/" + id);
        assertThat(body.path("subject").asText()).isEqualTo("Uitnodiging {{course.type}} op {{course.date}}");
        assertThat(body.path("bulk").asBoolean()).isTrue();
        world.api.call(ApiGatewayEvents.post("/templates").bearer(token).jsonBody(template("Algemeen", null, false)));
        world.api.call(ApiGatewayEvents.post("/templates").bearer(token).jsonBody(template("EHBO", "EHBO", false)));

        JsonNode fetched = world.api.call(ApiGatewayEvents.get("/templates/" + id).bearer(token)).json();
        assertThat(fetched.path("name").asText()).isEqualTo("Uitnodiging BHV");
        JsonNode all = world.api.call(ApiGatewayEvents.get("/templates").bearer(token)).items();
        assertThat(all.findValuesAsText("name")).containsExactly("Algemeen", "EHBO", "Uitnodiging BHV");
        JsonNode forBhv = world.api.call(ApiGatewayEvents.get("/templates").query("courseType", "bhv").bearer(token)).items();
        assertThat(forBhv.findValuesAsText("name")).containsExactly("Algemeen", "Uitnodiging BHV");
        assertThat(ListPages.all(2, cursor -> world.api.call(ApiGatewayEvents.get(ListPages.page("/templates", 2, cursor))
                .bearer(token)))).extracting(t -> t.path("name").asText()).containsExactly("Algemeen", "EHBO", "Uitnodiging BHV");
        String bhvCursor = world.api.call(ApiGatewayEvents.get("/templates?courseType=bhv&limit=1").bearer(token)).next();
        ListPages.assertRefused(world.api.call(ApiGatewayEvents.get("/templates?limit=1&cursor=" + bhvCursor)
                .bearer(token)), "cursor");

        Map<String, Object> changed = template("Uitnodiging BHV (nieuw)", "BHV", false);
        ApiGatewayResponse replaced = world.api.call(ApiGatewayEvents.put("/templates/" + id).bearer(token).jsonBody(changed));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("bulk").asBoolean()).isFalse();
        assertThat(world.api.call(ApiGatewayEvents.get("/templates/" + id).bearer(token)).json().path("name").asText())
                .isEqualTo("Uitnodiging BHV (nieuw)");

        assertThat(world.api.call(ApiGatewayEvents.delete("/templates/" + id).bearer(token)).status()).isEqualTo(204);
        assertThat(world.api.call(ApiGatewayEvents.get("/templates/" + id).bearer(token)).status()).isEqualTo(404);
    }

    @Test
    void aSwitchedOffInvitationsModuleRefusesTheTemplatesAndTheCourseInvitationsAndKeepsTheTemplates() {
        String id = world.api.call(ApiGatewayEvents.post("/templates").bearer(token)
                .jsonBody(template("Blijft", null, false))).text("templateId");
        String courseId = world.course(tenant, "BHV", null).id();
        world.modules.save(tenant, new ModuleSettings(EnumSet.complementOf(EnumSet.of(Module.INVITATIONS))),
                Instant.now());

        ApiGatewayResponse list = world.api.call(ApiGatewayEvents.get("/templates").bearer(token));
        ApiGatewayResponse remove = world.api.call(ApiGatewayEvents.delete("/templates/" + id).bearer(token));
        ApiGatewayResponse create = world.api.call(ApiGatewayEvents.post("/templates").bearer(token)
                .jsonBody(template("Nieuw", null, false)));
        // refused before its body is validated: the 403 says what to do first
        ApiGatewayResponse invite = world.api.call(ApiGatewayEvents.post("/courses/" + courseId + "/invitations")
                .bearer(token).jsonBody(Map.of()));
        for (ApiGatewayResponse reply : java.util.List.of(list, remove, create, invite)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("detail").asText()).contains("invitations");
        }

        world.modules.save(tenant, ModuleSettings.ALL_ON, Instant.now());
        JsonNode all = world.api.call(ApiGatewayEvents.get("/templates").bearer(token)).json();
        assertThat(all.findValuesAsText("name")).containsExactly("Blijft");
    }

    @Test
    void unknownVariablesAreRefusedNamingEachOneAndNothingIsSaved() {
        Map<String, Object> request = template("Fout", null, false);
        request.put("subject", "Hallo {{student.firstname}}");
        request.put("body", "<p>{{student.firstName}} {{course.price}} {{#instructor}}x{{/instructor}}</p>");

        ApiGatewayResponse response = world.api.call(ApiGatewayEvents.post("/templates").bearer(token).jsonBody(request));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().get("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("subject", "body");
        assertThat(errors.get(0).path("detail").asText()).contains("{{student.firstname}}").contains("{{student.firstName}}");
        assertThat(errors.get(1).path("detail").asText()).startsWith("uses unknown variable(s) {{course.price}}, {{#instructor}};");
        assertThat(world.api.call(ApiGatewayEvents.get("/templates").bearer(token)).items()).isEmpty();
    }

    @Test
    void aTemplateIsRenderedOnceWhenSavedAndRefusedWhenItWouldRenderTooLarge() {
        Map<String, Object> request = template("Lijst", null, true);
        request.put("body", "<p>{{studentList}}</p>".repeat(2_000));

        ApiGatewayResponse response = world.api.call(ApiGatewayEvents.post("/templates").bearer(token).jsonBody(request));

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("body");
        assertThat(errors.get(0).path("detail").asText()).startsWith("renders to more than 2000000 characters");
    }

    @Test
    void missingPartsAndBrokenSyntaxAreRefusedTogether() {
        Map<String, Object> request = new HashMap<>();
        request.put("body", "<p>{{#course.type}}</p>");

        ApiGatewayResponse response = world.api.call(ApiGatewayEvents.post("/templates").bearer(token).jsonBody(request));

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("name", "subject", "body");
        assertThat(errors.get(2).path("detail").asText()).startsWith("is not a valid template");
    }

    @Test
    void anotherProvidersTemplatesAreNotFound() {
        String id = world.api.call(ApiGatewayEvents.post("/templates").bearer(token)
                .jsonBody(template("Eigen", null, false))).json().path("templateId").asText();
        String otherToken = world.api.adminToken(world.newTenant());

        assertThat(world.api.call(ApiGatewayEvents.get("/templates/" + id).bearer(otherToken)).status()).isEqualTo(404);
        assertThat(world.api.call(ApiGatewayEvents.put("/templates/" + id).bearer(otherToken)
                .jsonBody(template("Gekaapt", null, false))).status()).isEqualTo(404);
        assertThat(world.api.call(ApiGatewayEvents.delete("/templates/" + id).bearer(otherToken)).status()).isEqualTo(404);
        assertThat(world.api.call(ApiGatewayEvents.get("/templates").bearer(otherToken)).items()).isEmpty();
        assertThat(world.api.call(ApiGatewayEvents.get("/templates/" + id).bearer(token)).json().path("name").asText())
                .isEqualTo("Eigen");
    }

    @Test
    void onlyProviderAdminsManageTemplates() {
        String studentToken = world.aws.tokens().forSubject("s1").email("s@x.example").name("S").tenantId(tenant)
                .role("STUDENT").studentId("s1").mint();

        assertThat(world.api.call(ApiGatewayEvents.get("/templates").bearer(studentToken)).status()).isEqualTo(403);
        assertThat(world.api.call(ApiGatewayEvents.get("/templates")).status()).isEqualTo(401);
    }

    static Map<String, Object> template(String name, String courseType, boolean bulk) {
        Map<String, Object> template = new HashMap<>();
        template.put("name", name);
        template.put("subject", "Uitnodiging {{course.type}} op {{course.date}}");
        template.put("body", "<p>Beste {{student.firstName}},</p><p>Tot {{course.date}} om {{course.startTime}}.</p>{{studentList}}");
        template.put("courseType", courseType);
        template.put("bulk", bulk);
        return template;
    }
}
