package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.EnrolmentRepository;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

class EnrolmentRoutesTest extends FunctionTest {
    private Item course(Tenant tenant, String courseId) {
        return function.item(CourseItems.key(tenant.id, courseId));
    }

    private Item enrolment(Tenant tenant, String courseId, String enrolmentId) {
        return function.item(EnrolmentItems.key(tenant.id, courseId, enrolmentId));
    }

    /** What the invitation dispatch function uses to record that the invitation went out. */
    private EnrolmentRepository enrolments() {
        Table table = new Table(function.aws().tableName());
        return new EnrolmentRepository(function.aws().dynamoDbClient(), table,
                new TableReads(function.aws().dynamoDbClient(), table));
    }

    private PublishedEvent event(String detailType, String eventId) {
        return function.aws().eventBus().awaitPublished(detailType,
                e -> e.detail().path("eventId").asText().equals(eventId), Duration.ofSeconds(5));
    }

    @Test
    void aStudentEnrolsThemselfAndIsConfirmed() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Sanne", null);

        ApiGatewayResponse enrolled = tenant.enrol(tenant.studentToken(studentId), courseId, null, "SELF");

        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.text("status")).isEqualTo("CONFIRMED");
        assertThat(enrolled.text("payer")).isEqualTo("SELF");
        String enrolmentId = enrolled.text("enrolmentId");
        assertThat(enrolment(tenant, courseId, enrolmentId).string("studentId")).isEqualTo(studentId);
        assertThat(course(tenant, courseId).integer(CourseItems.CONFIRMED_COUNT)).isEqualTo(1);
        JsonNode detail = event("EnrolmentConfirmed", "EnrolmentConfirmed:" + enrolmentId).detail();
        assertThat(detail.path("tenantId").asText()).isEqualTo(tenant.id);
        assertThat(detail.path("studentId").asText()).isEqualTo(studentId);
        assertThat(detail.path("payerOrganisationId").isNull() || detail.path("payerOrganisationId").isMissingNode()).isTrue();
    }

    @Test
    void aContactEnrolsAColleagueWithTheOrganisationPaying() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String organisationId = tenant.createOrganisation("Bouw BV");
        String studentId = tenant.createStudent("Kees", organisationId);

        ApiGatewayResponse enrolled = tenant.enrol(tenant.contactToken(organisationId), courseId, studentId, organisationId);

        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.text("payer")).isEqualTo(organisationId);
        assertThat(event("EnrolmentConfirmed", "EnrolmentConfirmed:" + enrolled.text("enrolmentId"))
                .detail().path("payerOrganisationId").asText()).isEqualTo(organisationId);
    }

    @Test
    void enrollingTwiceIsAConflict() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Tim", null);
        assertThat(tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").status()).isEqualTo(201);

        ApiGatewayResponse again = tenant.enrol(tenant.studentToken(studentId), courseId, null, "SELF");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(course(tenant, courseId).integer(CourseItems.CONFIRMED_COUNT)).isEqualTo(1);
    }

    @Test
    void refusesUnknownStudentsAndPayersNamingEachField() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String organisationId = tenant.createOrganisation("Zorg BV");
        String otherOrganisation = tenant.createOrganisation("Andere BV");
        String studentId = tenant.createStudent("Ilse", organisationId);

        ApiGatewayResponse unknownStudent = tenant.enrol(tenant.adminToken, courseId, "no-such-student", "SELF");
        ApiGatewayResponse missing = tenant.call(tenant.adminToken, "POST", "/courses/" + courseId + "/enrolments", "{}");
        ApiGatewayResponse unknownPayer = tenant.enrol(tenant.adminToken, courseId, studentId, "no-such-organisation");
        ApiGatewayResponse unlinkedPayer = tenant.enrol(tenant.adminToken, courseId, studentId, otherOrganisation);
        ApiGatewayResponse malformed = tenant.call(tenant.adminToken, "POST", "/courses/" + courseId + "/enrolments", "{\"payer\": [");

        assertThat(fields(unknownStudent)).containsExactly("studentId");
        assertThat(fields(missing)).containsExactly("studentId");
        assertThat(fields(unknownPayer)).containsExactly("payer");
        assertThat(fields(unlinkedPayer)).containsExactly("payer");
        assertThat(malformed.status()).isEqualTo(400);
        for (ApiGatewayResponse reply : new ApiGatewayResponse[]{unknownStudent, missing, unknownPayer, unlinkedPayer}) {
            assertThat(reply.status()).isEqualTo(400);
        }
        assertThat(course(tenant, courseId).integer(CourseItems.CONFIRMED_COUNT)).isZero();
        assertThat(tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null).items()).isEmpty();
    }

    @Test
    void unknownCoursesAndEnrolmentsAre404() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Nina", null);

        assertThat(tenant.enrol(tenant.adminToken, "no-course", studentId, "SELF").status()).isEqualTo(404);
        assertThat(tenant.asAdmin("GET", "/courses/no-course/enrolments", null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/nope/cancel", null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/a%23b/replace",
                Map.of("studentId", studentId)).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("PUT", "/courses/" + courseId + "/enrolments/nope/result",
                Map.of("present", true, "passed", true)).status()).isEqualTo(404);
    }

    @Test
    void aStudentCannotEnrolSomeoneElse() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String me = tenant.createStudent("Ali", null);
        String someoneElse = tenant.createStudent("Bo", null);

        assertThat(tenant.enrol(tenant.studentToken(me), courseId, someoneElse, "SELF").status()).isEqualTo(403);
    }

    @Test
    void aContactCannotEnrolOrSeeAnotherOrganisationsStudent() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String mine = tenant.createOrganisation("Mijn BV");
        String theirs = tenant.createOrganisation("Hun BV");
        String stranger = tenant.createStudent("Piet", theirs);
        String contact = tenant.contactToken(mine);

        ApiGatewayResponse enrol = tenant.enrol(contact, courseId, stranger, "SELF");
        assertThat(enrol.status()).isEqualTo(400);
        assertThat(fields(enrol)).containsExactly("studentId");
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, stranger, theirs).text("enrolmentId");

        assertThat(tenant.call(contact, "GET", "/students/" + stranger, null).status()).isEqualTo(404);
        assertThat(tenant.call(contact, "GET", "/courses/" + courseId + "/enrolments", null).items()).isEmpty();
        assertThat(tenant.call(contact, "POST", "/courses/" + courseId + "/enrolments/" + enrolmentId + "/cancel", null)
                .status()).isEqualTo(404);
    }

    @Test
    void theRosterShowsNameOrganisationResultAndInvitation() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String organisationId = tenant.createOrganisation("Roster BV");
        String studentId = tenant.createStudent("Eva", organisationId);
        String loner = tenant.createStudent("Lotte", null);
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, studentId, organisationId).text("enrolmentId");
        tenant.enrol(tenant.adminToken, courseId, loner, "SELF");
        Instant invitedAt = Instant.parse("2026-01-05T10:15:30Z");
        // what the invitation dispatch function does once the invitation went out
        enrolments().markInvited(tenant.id, courseId, enrolmentId, invitedAt);

        ApiGatewayResponse roster = tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null);

        assertThat(roster.status()).isEqualTo(200);
        assertThat(roster.items()).hasSize(2);
        JsonNode eva = roster.items().get(0);
        assertThat(eva.path("name").asText()).isEqualTo("Eva Jansen");
        assertThat(eva.path("organisationId").asText()).isEqualTo(organisationId);
        assertThat(eva.path("organisationName").asText()).isEqualTo("Roster BV");
        assertThat(eva.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(Instant.parse(eva.path("invitedAt").asText())).isEqualTo(invitedAt);
        assertThat(eva.has("present")).isTrue();

        ApiGatewayResponse asContact = tenant.call(tenant.contactToken(organisationId), "GET", "/courses/" + courseId + "/enrolments", null);
        assertThat(asContact.items()).extracting(e -> e.path("studentId").asText()).containsExactly(studentId);
        ApiGatewayResponse asStudent = tenant.call(tenant.studentToken(loner), "GET", "/courses/" + courseId + "/enrolments", null);
        assertThat(asStudent.items()).extracting(e -> e.path("studentId").asText()).containsExactly(loner);
    }

    @Test
    void cancellingFreesTheSeatAndPublishesTheEvent() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Mila", null);
        String enrolmentId = tenant.enrol(tenant.studentToken(studentId), courseId, null, "SELF").text("enrolmentId");

        ApiGatewayResponse cancelled = tenant.call(tenant.studentToken(studentId), "POST",
                "/courses/" + courseId + "/enrolments/" + enrolmentId + "/cancel", null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(enrolment(tenant, courseId, enrolmentId).string("status")).isEqualTo("CANCELLED");
        assertThat(course(tenant, courseId).integer(CourseItems.CONFIRMED_COUNT)).isZero();
        assertThat(event("EnrolmentCancelled", "EnrolmentCancelled:" + enrolmentId).detail()
                .path("wasConfirmed").asBoolean()).isTrue();
        assertThat(tenant.call(tenant.studentToken(studentId), "POST",
                "/courses/" + courseId + "/enrolments/" + enrolmentId + "/cancel", null).status()).isEqualTo(409);
        // a cancelled student may enrol again
        assertThat(tenant.enrol(tenant.studentToken(studentId), courseId, null, "SELF").status()).isEqualTo(201);
    }

    @Test
    void aContactReplacesAParticipantByAColleague() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String organisationId = tenant.createOrganisation("Vervang BV");
        String first = tenant.createStudent("Daan", organisationId);
        String colleague = tenant.createStudent("Fenna", organisationId);
        String outsider = tenant.createStudent("Gijs", null);
        String contact = tenant.contactToken(organisationId);
        String enrolmentId = tenant.enrol(contact, courseId, first, organisationId).text("enrolmentId");
        String path = "/courses/" + courseId + "/enrolments/" + enrolmentId + "/replace";
        enrolments().markInvited(tenant.id, courseId, enrolmentId, Instant.parse("2026-01-05T10:15:30Z"));

        ApiGatewayResponse notAColleague = tenant.asAdmin("POST", path, Map.of("studentId", outsider));
        ApiGatewayResponse byStudent = tenant.call(tenant.studentToken(first), "POST", path, Map.of("studentId", colleague));
        ApiGatewayResponse replaced = tenant.call(contact, "POST", path, Map.of("studentId", colleague));

        assertThat(notAColleague.status()).isEqualTo(400);
        assertThat(fields(notAColleague)).containsExactly("studentId");
        assertThat(byStudent.status()).isEqualTo(403);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.text("studentId")).isEqualTo(colleague);
        assertThat(enrolment(tenant, courseId, enrolmentId).string("studentId")).isEqualTo(colleague);
        // the invitation went to the first participant: the colleague is not reminded of a course never sent to them
        assertThat(enrolment(tenant, courseId, enrolmentId).instant(EnrolmentItems.INVITED_AT)).isNull();
        // the organisation pays: no student is kept as payer
        assertThat(enrolment(tenant, courseId, enrolmentId).string(EnrolmentItems.SELF_PAYER_ID)).isNull();
        assertThat(course(tenant, courseId).integer(CourseItems.CONFIRMED_COUNT)).isEqualTo(1);
        JsonNode detail = event("ParticipantReplaced", "ParticipantReplaced:" + enrolmentId + ":" + colleague).detail();
        assertThat(detail.path("previousStudentId").asText()).isEqualTo(first);
        // the colleague now holds the place: enrolling them again is a conflict, the first may enrol anew
        assertThat(tenant.enrol(contact, courseId, colleague, organisationId).status()).isEqualTo(409);
        assertThat(tenant.enrol(contact, courseId, first, organisationId).status()).isEqualTo(201);
        assertThat(tenant.call(tenant.studentToken(colleague), "GET", "/me/enrolments", null).items())
                .extracting(e -> e.path("enrolmentId").asText()).contains(enrolmentId);
    }

    @Test
    void aParticipantWhoPaysThemselfStaysThePayerHoweverOftenTheSeatIsHandedOn() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String organisationId = tenant.createOrganisation("Zelfbetalers BV");
        String payer = tenant.createStudent("Lotte", organisationId);
        String colleague = tenant.createStudent("Mees", organisationId);
        String next = tenant.createStudent("Noor", organisationId);
        String enrolmentId = tenant.enrol(tenant.studentToken(payer), courseId, null, "SELF").text("enrolmentId");
        String path = "/courses/" + courseId + "/enrolments/" + enrolmentId + "/replace";

        ApiGatewayResponse first = tenant.asAdmin("POST", path, Map.of("studentId", colleague));
        ApiGatewayResponse second = tenant.asAdmin("POST", path, Map.of("studentId", next));

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        Item stored = enrolment(tenant, courseId, enrolmentId);
        assertThat(stored.string(EnrolmentItems.STUDENT_ID)).isEqualTo(next);
        assertThat(stored.string(EnrolmentItems.SELF_PAYER_ID)).isEqualTo(payer);
    }

    @Test
    void aStudentSeesOwnEnrolments() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Roos", null);
        tenant.enrol(tenant.studentToken(studentId), courseId, null, "SELF");

        ApiGatewayResponse mine = tenant.call(tenant.studentToken(studentId), "GET", "/me/enrolments", null);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.items()).hasSize(1);
        assertThat(mine.items().get(0).path("courseType").asText()).isEqualTo("BHV");
        assertThat(mine.items().get(0).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(tenant.call(tenant.studentToken("someone-else"), "GET", "/me/enrolments", null).items()).isEmpty();
        assertThat(tenant.asAdmin("GET", "/me/enrolments", null).status()).isEqualTo(403);
    }
}
