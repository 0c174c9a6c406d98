package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationItems;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Organisations as customers (manual 001, Klantenbestand): who may name them as payer, and "toon klant". */
class CustomersTest extends FunctionTest {

    private static ApiGatewayResponse permit(Tenant tenant, String token, String organisationId, Object allowed) {
        return tenant.call(token, "PUT", "/organisations/" + organisationId + "/payer-permission",
                allowed == null ? Map.of() : Map.of("studentsMayNamePayer", allowed));
    }

    @Test
    void anOrganisationThatDoesNotLetItsPeopleNameItAsPayerRefusesTheirOwnEnrolmentButNotItsContacts() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Strikt BV");
        String studentId = tenant.createStudent("Ilse", organisationId);
        String courseId = tenant.createCourse(5);
        String contact = tenant.contactToken(organisationId);
        assertThat(tenant.asAdmin("GET", "/organisations/" + organisationId, null).json()
                .path("studentsMayNamePayer").asBoolean()).isTrue();

        ApiGatewayResponse switchedOff = permit(tenant, contact, organisationId, false);
        ApiGatewayResponse byStudent = tenant.enrol(tenant.studentToken(studentId), courseId, null, organisationId);

        assertThat(switchedOff.status()).as(switchedOff.toString()).isEqualTo(200);
        assertThat(switchedOff.json().path("studentsMayNamePayer").asBoolean()).isFalse();
        assertThat(byStudent.status()).as(byStudent.toString()).isEqualTo(403);
        assertThat(byStudent.contentType()).startsWith("application/problem+json");
        assertThat(byStudent.json().path("detail").asText()).contains("payer");
        assertThat(tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null).items()).isEmpty();
        ApiGatewayResponse paysSelf = tenant.enrol(tenant.studentToken(studentId), courseId, null, "SELF");
        assertThat(paysSelf.status()).as(paysSelf.toString()).isEqualTo(201);

        String colleague = tenant.createStudent("Joost", organisationId);
        ApiGatewayResponse byContact = tenant.enrol(contact, courseId, colleague, organisationId);
        assertThat(byContact.status()).as(byContact.toString()).isEqualTo(201);
        assertThat(byContact.text("payer")).isEqualTo(organisationId);

        permit(tenant, contact, organisationId, true);
        String other = tenant.createStudent("Petra", organisationId);
        assertThat(tenant.enrol(tenant.studentToken(other), courseId, null, organisationId).status()).isEqualTo(201);
    }

    @Test
    void onlyTheOrganisationOrItsProviderDecideWhoNamesItAsPayer() {
        Tenant tenant = new Tenant(function);
        Tenant otherTenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Eigen Keuze BV");
        String otherOrganisation = tenant.createOrganisation("Buren BV");
        String studentId = tenant.createStudent("Ruud", organisationId);

        ApiGatewayResponse byNeighbour = permit(tenant, tenant.contactToken(otherOrganisation), organisationId, false);
        ApiGatewayResponse byStudent = permit(tenant, tenant.studentToken(studentId), organisationId, false);
        ApiGatewayResponse byOtherProvider = permit(otherTenant, otherTenant.adminToken, organisationId, false);
        ApiGatewayResponse missing = permit(tenant, tenant.adminToken, organisationId, null);
        ApiGatewayResponse notABoolean = permit(tenant, tenant.adminToken, organisationId, "misschien");

        assertThat(byNeighbour.status()).isEqualTo(404);
        assertThat(byStudent.status()).isEqualTo(403);
        assertThat(byOtherProvider.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).containsExactly("studentsMayNamePayer");
        assertThat(notABoolean.status()).isEqualTo(400);
        assertThat(function.item(OrganisationItems.key(tenant.id, organisationId)).bool("studentsMayNamePayer"))
                .isTrue();
        assertThat(permit(tenant, tenant.adminToken, organisationId, false).status()).isEqualTo(200);
    }

    @Test
    void theAdminsUpdateOfTheCustomerKeepsWhatTheOrganisationDecided() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Behoud BV");
        permit(tenant, tenant.contactToken(organisationId), organisationId, false);

        ApiGatewayResponse updated = tenant.asAdmin("PUT", "/organisations/" + organisationId, Map.of(
                "name", "Behoud en Co BV", "address", Tenant.ADDRESS, "contactName", "Carla Contact",
                "contactEmail", "carla@behoud.nl"));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        Item stored = function.item(OrganisationItems.key(tenant.id, organisationId));
        assertThat(stored.string("name")).isEqualTo("Behoud en Co BV");
        assertThat(stored.bool("studentsMayNamePayer")).isFalse();
        // the fields the admin left out are gone, not kept from before
        assertThat(stored.string("billingEmail")).isNull();
        assertThat(updated.json().path("studentsMayNamePayer").asBoolean()).isFalse();
    }

    @Test
    void theOverviewShowsTheCustomerAndItsStudentsWithTheirCourses() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Overzicht BV");
        String elsewhere = tenant.createOrganisation("Elders BV");
        String anna = tenant.createStudent("Anna", organisationId);
        String bram = tenant.createStudent("Bram", organisationId);
        tenant.createStudent("Cor", elsewhere);
        String courseId = tenant.createCourse(5);
        assertThat(tenant.enrol(tenant.adminToken, courseId, anna, organisationId).status()).isEqualTo(201);

        JsonNode asAdmin = tenant.asAdmin("GET", "/organisations/" + organisationId + "/overview", null).json();
        String contact = tenant.contactToken(organisationId);
        ApiGatewayResponse asContact = tenant.call(contact, "GET",
                "/organisations/" + organisationId + "/overview?limit=1", null);

        assertThat(asAdmin.path("organisation").path("name").asText()).isEqualTo("Overzicht BV");
        assertThat(asAdmin.path("organisation").path("billingEmail").asText()).isEqualTo("billing@example.nl");
        List<JsonNode> students = List.copyOf(asAdmin.path("students").path("items").findParents("studentId"));
        assertThat(students).extracting(s -> s.path("studentId").asText()).containsExactly(anna, bram);
        JsonNode course = students.get(0).path("courses").get(0);
        assertThat(course.path("courseId").asText()).isEqualTo(courseId);
        assertThat(course.path("courseType").asText()).isEqualTo("BHV");
        assertThat(course.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(students.get(1).path("courses")).isEmpty();

        assertThat(asContact.status()).isEqualTo(200);
        assertThat(asContact.json().path("organisation").path("billingEmail").isNull()).isTrue();
        assertThat(asContact.json().path("students").path("items")).hasSize(1);
        String next = asContact.json().path("students").path("next").asText();
        JsonNode second = tenant.call(contact, "GET",
                "/organisations/" + organisationId + "/overview?limit=1&cursor=" + next, null).json();
        assertThat(second.path("students").path("items").get(0).path("studentId").asText()).isEqualTo(bram);
    }

    @Test
    void theOverviewOfAnotherCustomerOrProviderIsNotFound() {
        Tenant tenant = new Tenant(function);
        Tenant otherTenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Geheim BV");
        String neighbour = tenant.createOrganisation("Nieuwsgierig BV");

        assertThat(tenant.call(tenant.contactToken(neighbour), "GET", "/organisations/" + organisationId + "/overview",
                null).status()).isEqualTo(404);
        assertThat(otherTenant.asAdmin("GET", "/organisations/" + organisationId + "/overview", null).status())
                .isEqualTo(404);
        assertThat(tenant.asAdmin("GET", "/organisations/onbekend/overview", null).status()).isEqualTo(404);
    }

    @Test
    void aParticipantOfNoCustomerIsLinkedToOneFromWithinTheCourse() {
        Tenant tenant = new Tenant(function);
        Tenant otherTenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Alsnog BV");
        String otherCustomer = tenant.createOrganisation("Ander BV");
        String studentId = tenant.createStudent("Wim", null);
        String courseId = tenant.createCourse(5);
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").text("enrolmentId");
        String path = "/courses/" + courseId + "/enrolments/" + enrolmentId + "/organisation";

        ApiGatewayResponse unknown = tenant.asAdmin("PUT", path, Map.of("organisationId", "onbekend"));
        ApiGatewayResponse empty = tenant.asAdmin("PUT", path, Map.of());
        ApiGatewayResponse byContact = tenant.call(tenant.contactToken(organisationId), "PUT", path,
                Map.of("organisationId", organisationId));
        ApiGatewayResponse byOtherProvider = otherTenant.asAdmin("PUT", path, Map.of("organisationId", organisationId));
        assertThat(fields(unknown)).containsExactly("organisationId");
        assertThat(fields(empty)).containsExactly("organisationId");
        assertThat(byContact.status()).isEqualTo(403);
        assertThat(byOtherProvider.status()).isEqualTo(404);
        assertThat(tenant.asAdmin("GET", "/students/" + studentId, null).json().path("organisationId").isNull()).isTrue();

        ApiGatewayResponse linked = tenant.asAdmin("PUT", path, Map.of("organisationId", organisationId));

        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.text("organisationId")).isEqualTo(organisationId);
        assertThat(tenant.call(tenant.contactToken(organisationId), "GET", "/students/" + studentId, null).status())
                .isEqualTo(200);
        assertThat(tenant.asAdmin("PUT", path, Map.of("organisationId", organisationId)).status()).isEqualTo(200);
        ApiGatewayResponse elsewhere = tenant.asAdmin("PUT", path, Map.of("organisationId", otherCustomer));
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(tenant.asAdmin("GET", "/students/" + studentId, null).text("organisationId")).isEqualTo(organisationId);
    }
}
