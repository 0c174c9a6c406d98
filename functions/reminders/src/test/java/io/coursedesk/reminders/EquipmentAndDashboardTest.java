package io.coursedesk.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.ModuleSettings;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.ModuleSettingsRepository;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /equipment-certifications} and {@code GET /dashboard}: validated, per provider, admins only. */
class EquipmentAndDashboardTest {
    private final ReminderWorld world = new ReminderWorld();
    private final LocalDate today = LocalDate.now(Zones.AMSTERDAM);

    @Test
    void anAdminRegistersReadsReplacesAndRemovesAnEquipmentCertification() {
        String organisationId = organisation("Bouwbedrijf Hoogland");

        ApiGatewayResponse created = post(certification(organisationId, "Brandblusser 6 kg, hal 2", today.plusYears(1),
                today.plusMonths(11)));
        String id = created.text("equipmentCertificationId");
        ApiGatewayResponse read = get(id);
        ApiGatewayResponse replaced = world.call(ApiGatewayEvents.put("/equipment-certifications/" + id)
                .bearer(world.adminToken()).jsonBody(certification(organisationId, "Brandblusser 6 kg, hal 2",
                        today.plusDays(20), today.minusDays(1))));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.headers()).containsEntry("Location", "/equipment-certifications/" + id);
        assertThat(read.json().path("organisationName").asText()).isEqualTo("Bouwbedrijf Hoogland");
        assertThat(read.text("inspectionType")).isEqualTo("NEN 3140");
        assertThat(read.text("status")).isEqualTo("VALID");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(get(id).text("status")).isEqualTo("DUE");
        assertThat(get(id).text("createdAt")).isEqualTo(created.text("createdAt"));

        assertThat(delete(id).status()).isEqualTo(204);
        assertThat(get(id).status()).isEqualTo(404);
        assertThat(delete(id).status()).isEqualTo(404);
    }

    @Test
    void theListPagesByRemindFromDateOfEveryCustomerOrOne() {
        String first = organisation("Eerste BV");
        String second = organisation("Tweede BV");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(post(certification(i % 2 == 0 ? first : second, "AED " + i, today.plusYears(1),
                    today.plusDays(i))).text("equipmentCertificationId"));
        }

        JsonNode page1 = list("?limit=2").json();
        JsonNode page2 = list("?limit=2&cursor=" + page1.path("next").asText()).json();
        JsonNode page3 = list("?limit=2&cursor=" + page2.path("next").asText()).json();
        JsonNode ofFirst = list("?organisationId=" + first).json();

        assertThat(page1.path("items").findValuesAsText("equipmentCertificationId")).containsExactly(ids.get(0), ids.get(1));
        assertThat(page2.path("items").findValuesAsText("equipmentCertificationId")).containsExactly(ids.get(2), ids.get(3));
        assertThat(page3.path("items").findValuesAsText("equipmentCertificationId")).containsExactly(ids.get(4));
        assertThat(page3.path("next").isNull()).isTrue();
        assertThat(ofFirst.path("items").findValuesAsText("equipmentCertificationId"))
                .containsExactly(ids.get(0), ids.get(2), ids.get(4));
        assertThat(ofFirst.path("items").findValuesAsText("organisationName")).containsOnly("Eerste BV");
        assertThat(fields(list("?limit=2&organisationId=" + first + "&cursor=" + page1.path("next").asText())))
                .containsExactly("cursor");
        assertThat(fields(list("?limit=0"))).containsExactly("limit");
        ReminderWorld other = new ReminderWorld();
        assertThat(other.call(ApiGatewayEvents.get("/equipment-certifications").bearer(other.adminToken())).json()
                .path("items")).isEmpty();
    }

    @Test
    void aSwitchedOffCertificationDataModuleRefusesTheRoutesAndKeepsTheData() {
        String organisationId = organisation("Uitgeschakeld BV");
        String id = post(certification(organisationId, "AED, receptie", today.plusYears(1), today.plusMonths(11)))
                .text("equipmentCertificationId");
        Table table = new Table(world.aws.tableName());
        ModuleSettingsRepository modules = new ModuleSettingsRepository(world.aws.dynamoDbClient(), table,
                new TableReads(world.aws.dynamoDbClient(), table));
        Set<Module> allButCertificationData = EnumSet.complementOf(EnumSet.of(Module.CERTIFICATION_DATA));
        modules.save(world.tenantId, new ModuleSettings(allButCertificationData), Instant.now());

        ApiGatewayResponse read = get(id);
        ApiGatewayResponse removed = delete(id);
        ApiGatewayResponse created = post(certification(organisationId, "Brandblusser", today.plusYears(1), today));
        for (ApiGatewayResponse reply : List.of(read, removed, created)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("detail").asText()).contains("certificationData");
        }

        modules.save(world.tenantId, ModuleSettings.ALL_ON, Instant.now());
        assertThat(get(id).text("item")).isEqualTo("AED, receptie");
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
        String organisationId = organisation("Klant");
        Map<String, Object> empty = new HashMap<>();
        Map<String, Object> datesOutOfOrder = certification(organisationId, "AED", today.plusDays(5), today.plusDays(6));
        Map<String, Object> foreignCustomer = certification(new ReminderWorld().tenantId, "AED", today.plusYears(1),
                today.plusMonths(11));
        Map<String, Object> farFuture = certification(organisationId, "AED", LocalDate.of(2999, 1, 1), today);
        Map<String, Object> tooLong = certification(organisationId, "x".repeat(201), today.plusYears(1), today);
        Map<String, Object> unknownField = certification(organisationId, "AED", today.plusYears(1), today);
        unknownField.put("colour", "rood");

        assertThat(fields(post(empty))).containsExactly("expiryDate", "inspectionType", "item", "organisationId",
                "remindFrom");
        assertThat(fields(post(datesOutOfOrder))).containsExactly("remindFrom");
        assertThat(fields(post(foreignCustomer))).containsExactly("organisationId");
        assertThat(fields(post(farFuture))).containsExactly("expiryDate");
        assertThat(fields(post(tooLong))).containsExactly("item");
        assertThat(post(unknownField).status()).isEqualTo(400);
        assertThat(world.call(ApiGatewayEvents.get("/dashboard").bearer(world.adminToken())).json()
                .path("equipmentCertifications").path("items")).isEmpty();
    }

    @Test
    void anotherProvidersCertificationIsNotFoundAndOtherRolesAreRefused() {
        String id = post(certification(organisation("Klant"), "AED", today.plusYears(1), today)).text("equipmentCertificationId");
        ReminderWorld other = new ReminderWorld();

        assertThat(other.call(ApiGatewayEvents.get("/equipment-certifications/" + id).bearer(other.adminToken()))
                .status()).isEqualTo(404);
        assertThat(other.call(ApiGatewayEvents.delete("/equipment-certifications/" + id).bearer(other.adminToken()))
                .status()).isEqualTo(404);
        // a valid body of the other provider's own customer: still not theirs to replace
        assertThat(other.call(ApiGatewayEvents.put("/equipment-certifications/" + id).bearer(other.adminToken())
                .jsonBody(certification(other.organisation(null), "AED", today.plusYears(2), today))).status())
                .isEqualTo(404);
        assertThat(other.call(ApiGatewayEvents.get("/equipment-certifications/..%23x").bearer(other.adminToken()))
                .status()).isEqualTo(404);
        for (String role : List.of("ORGANISATION_CONTACT", "STUDENT")) {
            assertThat(world.call(ApiGatewayEvents.get("/equipment-certifications/" + id).bearer(world.token(role)))
                    .status()).as(role).isEqualTo(403);
            assertThat(world.call(ApiGatewayEvents.get("/dashboard").bearer(world.token(role))).status()).as(role)
                    .isEqualTo(403);
        }
        assertThat(get(id).status()).isEqualTo(200);
        assertThat(get(id).text("expiryDate")).isEqualTo(today.plusYears(1).toString());
    }

    @Test
    void theDashboardShowsWhatNeedsAttentionTodayAndNothingElse() {
        String organisationId = organisation("Zorggroep Oost");
        String due = post(certification(organisationId, "AED hal", today.plusDays(30), today)).text("equipmentCertificationId");
        String expired = post(certification(organisationId, "Blusser kantine", today.minusDays(3), today.minusDays(40)))
                .text("equipmentCertificationId");
        post(certification(organisationId, "NEN 3140 werkplaats", today.plusYears(1), today.plusDays(1)));
        Course withoutLead = course(today.plusDays(3), null);
        course(today.plusDays(9), null);
        course(today.plusDays(2), "instructor-1");
        String studentId = Ids.newId();
        put(CertificateItems.toItem(new Certificate(world.tenantId, studentId, "e-soon", "c-1", "EHBO",
                today.minusYears(1), today.plusWeeks(3))));
        put(CertificateItems.toItem(new Certificate(world.tenantId, studentId, "e-later", "c-2", "BHV",
                today.minusYears(1), today.plusWeeks(10))));

        JsonNode dashboard = world.call(ApiGatewayEvents.get("/dashboard").bearer(world.adminToken())).json();

        assertThat(dashboard.path("date").asText()).isEqualTo(today.toString());
        assertThat(dashboard.path("equipmentCertifications").path("items").findValuesAsText("equipmentCertificationId"))
                .containsExactly(expired, due);
        assertThat(dashboard.path("equipmentCertifications").path("items").findValuesAsText("status"))
                .containsExactly("EXPIRED", "DUE");
        assertThat(dashboard.path("expiringCertificates").path("weeksAhead").asInt()).isEqualTo(4);
        assertThat(dashboard.path("expiringCertificates").path("items").findValuesAsText("enrolmentId"))
                .containsExactly("e-soon");
        assertThat(dashboard.path("coursesWithoutLeadInstructor").path("items").findValuesAsText("courseId"))
                .containsExactly(withoutLead.id());
        assertThat(dashboard.path("coursesWithoutLeadInstructor").path("more").asBoolean()).isFalse();
        assertThat(new ReminderWorld().call(ApiGatewayEvents.get("/dashboard").bearer(new ReminderWorld().adminToken()))
                .json().path("equipmentCertifications").path("items")).isEmpty();
    }

    @Test
    void aCustomerWithEquipmentCertificationsIsNotRemoved() {
        String organisationId = organisation("Klant met blussers");
        OrganisationRepository organisations = new OrganisationRepository(world.aws.dynamoDbClient(),
                new Table(world.aws.tableName()), new TableReads(world.aws.dynamoDbClient(), new Table(world.aws.tableName())));

        assertThat(organisations.hasEquipmentCertifications(world.tenantId, organisationId)).isFalse();
        String id = post(certification(organisationId, "AED", today.plusYears(1), today)).text("equipmentCertificationId");
        assertThat(organisations.hasEquipmentCertifications(world.tenantId, organisationId)).isTrue();
        delete(id);
        assertThat(organisations.hasEquipmentCertifications(world.tenantId, organisationId)).isFalse();
    }

    private ApiGatewayResponse post(Map<String, Object> body) {
        return world.call(ApiGatewayEvents.post("/equipment-certifications").bearer(world.adminToken()).jsonBody(body));
    }

    private ApiGatewayResponse list(String query) {
        return world.call(ApiGatewayEvents.get("/equipment-certifications" + query).bearer(world.adminToken()));
    }

    private ApiGatewayResponse get(String id) {
        return world.call(ApiGatewayEvents.get("/equipment-certifications/" + id).bearer(world.adminToken()));
    }

    private ApiGatewayResponse delete(String id) {
        return world.call(ApiGatewayEvents.delete("/equipment-certifications/" + id).bearer(world.adminToken()));
    }

    private static Map<String, Object> certification(String organisationId, String item, LocalDate expiryDate,
                                                     LocalDate remindFrom) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("item", item);
        body.put("inspectionType", "NEN 3140");
        body.put("expiryDate", expiryDate.toString());
        body.put("remindFrom", remindFrom.toString());
        return body;
    }

    private Course course(LocalDate day, String leadInstructorId) {
        Course course = new Course(Ids.newId(), world.tenantId, new CourseDetails("BHV", CourseKind.CERTIFIED,
                leadInstructorId, null, List.of(new CourseDay(day, LocalTime.of(9, 0), LocalTime.of(17, 0))), 12, null,
                12, "Utrecht", false, false, false, null, Set.of()), CourseStatus.OPEN, 0, 0, Instant.now());
        put(CourseItems.toItem(course));
        return course;
    }

    private String organisation(String name) {
        String organisationId = Ids.newId();
        put(OrganisationItems.toItem(new Organisation(organisationId, world.tenantId, name, null, null, null, null,
                null, false, Instant.now())));
        return organisationId;
    }

    private void put(Map<String, AttributeValue> item) {
        world.aws.dynamoDbClient().putItem(b -> b.tableName(world.aws.tableName()).item(item));
    }

    private static List<String> fields(ApiGatewayResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().path("errors").findValuesAsText("field");
    }
}
