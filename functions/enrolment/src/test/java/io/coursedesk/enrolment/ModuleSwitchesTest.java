package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /settings/modules} and the enrolment function's switched-off modules: customers and external courses. */
class ModuleSwitchesTest extends FunctionTest {
    private static final Map<String, Object> ALL_ON = Map.of("externalCourses", true, "invitations", true,
            "instructorInvitations", true, "customers", true, "certificationData", true);

    private static Map<String, Object> with(String module, boolean on) {
        Map<String, Object> switches = new java.util.HashMap<>(ALL_ON);
        switches.put(module, on);
        return switches;
    }

    @Test
    void aProviderThatNeverSavedAnyHasEveryModuleOnAndAPutReplacesThem() {
        Tenant tenant = new Tenant(function);
        ApiGatewayResponse before = tenant.asAdmin("GET", "/settings/modules", null);
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json()).hasSize(5);
        ALL_ON.keySet().forEach(module -> assertThat(before.json().get(module).asBoolean()).as(module).isTrue());

        ApiGatewayResponse put = tenant.asAdmin("PUT", "/settings/modules", with("invitations", false));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        ApiGatewayResponse after = tenant.asAdmin("GET", "/settings/modules", null);
        assertThat(after.json().get("invitations").asBoolean()).isFalse();
        assertThat(after.json().get("customers").asBoolean()).isTrue();
    }

    @Test
    void everySwitchIsRequiredAndOnlyAdminsMayChangeThem() {
        Tenant tenant = new Tenant(function);
        Map<String, Object> missing = new java.util.HashMap<>(ALL_ON);
        missing.remove("customers");
        ApiGatewayResponse reply = tenant.asAdmin("PUT", "/settings/modules", missing);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.body()).contains("\"customers\"");

        String organisationId = tenant.createOrganisation("Klant BV");
        ApiGatewayResponse contact = tenant.call(tenant.contactToken(organisationId), "PUT", "/settings/modules",
                with("customers", false));
        assertThat(contact.status()).isEqualTo(403);
        assertThat(tenant.asAdmin("GET", "/settings/modules", null).json().get("customers").asBoolean()).isTrue();
    }

    @Test
    void aSwitchedOffCustomersModuleRefusesTheAdminsOrganisationRoutesAndKeepsTheData() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Blijft Bestaan BV");
        tenant.asAdmin("PUT", "/settings/modules", with("customers", false));

        ApiGatewayResponse list = tenant.asAdmin("GET", "/organisations", null);
        ApiGatewayResponse create = tenant.asAdmin("POST", "/organisations", Map.of("name", "Nieuw BV"));
        ApiGatewayResponse remove = tenant.asAdmin("DELETE", "/organisations/" + organisationId, null);
        for (ApiGatewayResponse reply : new ApiGatewayResponse[] {list, create, remove}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("detail").asText()).contains("customers");
        }
        // the organisation's own contact is no provider admin: no module refuses them
        assertThat(tenant.call(tenant.contactToken(organisationId), "GET", "/organisations/" + organisationId, null)
                .status()).isEqualTo(200);

        tenant.asAdmin("PUT", "/settings/modules", ALL_ON);
        ApiGatewayResponse again = tenant.asAdmin("GET", "/organisations/" + organisationId, null);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.text("name")).isEqualTo("Blijft Bestaan BV");
        assertThat(tenant.asAdmin("GET", "/organisations", null).body()).doesNotContain("Nieuw BV");
    }

    @Test
    void aCourseBecomesExternalOnlyWhileTheModuleIsOn() {
        Tenant tenant = new Tenant(function);
        String external = tenant.asAdmin("POST", "/courses", Tenant.course(10, 30).put("kind", "EXTERNAL").toString())
                .text("courseId");
        String certified = tenant.createCourse(10);
        tenant.asAdmin("PUT", "/settings/modules", with("externalCourses", false));

        ApiGatewayResponse create = tenant.asAdmin("POST", "/courses",
                Tenant.course(10, 30).put("kind", "EXTERNAL").toString());
        ApiGatewayResponse change = tenant.asAdmin("PUT", "/courses/" + certified,
                Tenant.course(10, 30).put("kind", "EXTERNAL").toString());
        for (ApiGatewayResponse reply : new ApiGatewayResponse[] {create, change}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.json().get("detail").asText()).contains("externalCourses");
        }
        assertThat(tenant.asAdmin("GET", "/courses/" + certified, null).text("kind")).isEqualTo("CERTIFIED");

        ApiGatewayResponse editExisting = tenant.asAdmin("PUT", "/courses/" + external,
                Tenant.course(12, 30).put("kind", "EXTERNAL").toString());
        assertThat(editExisting.status()).as(editExisting.toString()).isEqualTo(200);
        assertThat(tenant.asAdmin("POST", "/courses", Tenant.course(10, 30).toString()).status()).isEqualTo(201);
    }
}
