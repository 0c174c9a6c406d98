package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.StudentItems;
import io.coursedesk.shared.persistence.Table;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Students and organisations are removed only when nothing refers to them, by admins of their own provider. */
class RemovePeopleTest extends FunctionTest {

    @Test
    void anAdminRemovesAStudentWithoutEnrolments() {
        Tenant tenant = new Tenant(function);
        String studentId = tenant.createStudent("Rik", null);

        ApiGatewayResponse removed = tenant.asAdmin("DELETE", "/students/" + studentId, null);

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(function.item(StudentItems.key(tenant.id, studentId)).attributes()).isEmpty();
        assertThat(tenant.asAdmin("GET", "/students/" + studentId, null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("DELETE", "/students/" + studentId, null).status()).isEqualTo(404);
    }

    @Test
    void aStudentWithAnEnrolmentStaysAndTheConflictNamesIt() {
        Tenant tenant = new Tenant(function);
        String studentId = tenant.createStudent("Sara", null);
        String courseId = tenant.createCourse(10);
        ApiGatewayResponse enrolled = tenant.enrol(tenant.adminToken, courseId, studentId, "SELF");
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/" + enrolled.text("enrolmentId") + "/cancel", null);

        ApiGatewayResponse refused = tenant.asAdmin("DELETE", "/students/" + studentId, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("enrolments").contains(enrolled.text("enrolmentId"));
        assertThat(function.item(StudentItems.key(tenant.id, studentId)).attributes()).isNotEmpty();
    }

    @Test
    void onlyTheStudentsOwnProvidersAdminRemovesThem() {
        Tenant tenant = new Tenant(function);
        Tenant other = new Tenant(function);
        String organisationId = tenant.createOrganisation("Eigen BV");
        String studentId = tenant.createStudent("Tom", organisationId);

        assertThat(other.asAdmin("DELETE", "/students/" + studentId, null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("DELETE", "/students/no-such-student", null).status()).isEqualTo(404);
        assertThat(tenant.call(tenant.contactToken(organisationId), "DELETE", "/students/" + studentId, null).status())
                .isEqualTo(403);
        assertThat(tenant.call(tenant.studentToken(studentId), "DELETE", "/students/" + studentId, null).status())
                .isEqualTo(403);
        assertThat(function.item(StudentItems.key(tenant.id, studentId)).attributes()).isNotEmpty();
    }

    @Test
    void anAdminRemovesAnOrganisationNothingRefersTo() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Weg BV");

        ApiGatewayResponse removed = tenant.asAdmin("DELETE", "/organisations/" + organisationId, null);

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(function.item(OrganisationItems.key(tenant.id, organisationId)).attributes()).isEmpty();
        assertThat(tenant.asAdmin("GET", "/organisations", null).items()).isEmpty();
    }

    @Test
    void anOrganisationWithLinkedStudentsHolderMembersEquipmentOrPaymentCodesStays() {
        Tenant tenant = new Tenant(function);
        String withStudent = tenant.createOrganisation("Student BV");
        tenant.createStudent("Ina", withStudent);
        String withHolder = tenant.createOrganisation("Houder BV");
        putHolderMembership(tenant.id, "holder-1", withHolder);
        String withEquipment = tenant.createOrganisation("Blusser BV");
        putIndexed(Item.create().with(Table.PK, "T#" + tenant.id + "#EQUIPMENT#aed-1").with(Table.SK, "EQUIPMENT")
                .with(Table.GSI2_PK, OrganisationItems.equipmentListing(tenant.id, withEquipment))
                .with(Table.GSI2_SK, "2027-01-01#aed-1"));
        String withCodes = tenant.createOrganisation("Code BV");
        assertThat(tenant.asAdmin("POST", "/payment-codes/batches", Map.of("count", 1, "profile", "CO",
                "organisationId", withCodes, "contact", "Carla")).status()).isEqualTo(201);

        ApiGatewayResponse students = tenant.asAdmin("DELETE", "/organisations/" + withStudent, null);
        ApiGatewayResponse holders = tenant.asAdmin("DELETE", "/organisations/" + withHolder, null);
        ApiGatewayResponse equipment = tenant.asAdmin("DELETE", "/organisations/" + withEquipment, null);

        assertThat(students.status()).isEqualTo(409);
        assertThat(students.text("detail")).contains("linked students").doesNotContain("holders");
        assertThat(holders.status()).isEqualTo(409);
        assertThat(holders.text("detail")).contains("qualification holders").doesNotContain("students");
        assertThat(equipment.status()).isEqualTo(409);
        assertThat(equipment.text("detail")).isEqualTo("The organisation still has equipment certifications");
        ApiGatewayResponse codes = tenant.asAdmin("DELETE", "/organisations/" + withCodes, null);
        assertThat(codes.status()).isEqualTo(409);
        assertThat(codes.text("detail")).isEqualTo("The organisation still has payment codes");
        assertThat(tenant.asAdmin("GET", "/organisations", null).items()).hasSize(4);
    }

    @Test
    void onlyTheOrganisationsOwnProvidersAdminRemovesIt() {
        Tenant tenant = new Tenant(function);
        Tenant other = new Tenant(function);
        String organisationId = tenant.createOrganisation("Blijf BV");

        assertThat(other.asAdmin("DELETE", "/organisations/" + organisationId, null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("DELETE", "/organisations/no-such-organisation", null).status()).isEqualTo(404);
        assertThat(tenant.call(tenant.contactToken(organisationId), "DELETE", "/organisations/" + organisationId, null)
                .status()).isEqualTo(403);
        assertThat(function.item(OrganisationItems.key(tenant.id, organisationId)).attributes()).isNotEmpty();
    }

    /** A holder's membership item as the pass-bundles function writes it: on the organisation's holders index. */
    private static void putHolderMembership(String tenantId, String holderId, String organisationId) {
        Item membership = Item.create()
                .with(Table.PK, "T#" + tenantId + "#HOLDER#" + holderId)
                .with(Table.SK, "ORGANISATION#" + organisationId)
                .with(Table.GSI1_PK, OrganisationItems.holdersListing(tenantId, organisationId))
                .with(Table.GSI1_SK, "10000001#" + holderId)
                .with("organisationId", organisationId);
        putIndexed(membership);
    }

    private static void putIndexed(Item item) {
        function.aws().dynamoDbClient().putItem(b -> b.tableName(function.aws().tableName()).item(item.attributes()));
    }
}
