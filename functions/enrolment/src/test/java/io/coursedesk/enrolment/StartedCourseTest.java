package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Courses whose first day has begun: set up by rewriting the course item in DynamoDB Local. */
class StartedCourseTest extends FunctionTest {
    /** Moves the course so that its first day started an hour ago (Amsterdam), keeping its state. */
    static Course startCourse(Tenant tenant, String courseId) {
        Course course = CourseItems.fromItem(function.item(CourseItems.key(tenant.id, courseId)));
        ZonedDateTime hourAgo = ZonedDateTime.now(Zones.AMSTERDAM).minusHours(1).withSecond(0).withNano(0);
        LocalTime end = hourAgo.toLocalTime().isAfter(LocalTime.of(22, 0)) ? LocalTime.of(23, 59) : hourAgo.toLocalTime().plusHours(1);
        CourseDetails d = course.details();
        CourseDetails started = new CourseDetails(d.type(), d.kind(), d.leadInstructorId(), d.secondInstructorId(),
                List.of(new CourseDay(hourAgo.toLocalDate(), hourAgo.toLocalTime(), end)), d.certificateValidityMonths(),
                d.certificateExpiryDate(), d.maxParticipants(), d.location(), d.visibleToOtherProviders(), d.code95(),
                d.whiteLabel(), d.remarks(), d.requiredDocuments());
        Course moved = new Course(course.id(), course.tenantId(), started, course.status(), course.confirmedCount(),
                course.waitlistVersion(), course.createdAt());
        function.aws().dynamoDbClient().putItem(b -> b.tableName(function.aws().tableName()).item(CourseItems.toItem(moved)));
        return moved;
    }

    @Test
    void cancelAndReplaceAreRefusedOnceTheCourseHasStarted() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String organisationId = tenant.createOrganisation("Gestart BV");
        String studentId = tenant.createStudent("Joris", organisationId);
        String colleague = tenant.createStudent("Karin", organisationId);
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, studentId, organisationId).text("enrolmentId");
        startCourse(tenant, courseId);
        String base = "/courses/" + courseId + "/enrolments/" + enrolmentId;

        ApiGatewayResponse cancel = tenant.call(tenant.studentToken(studentId), "POST", base + "/cancel", null);
        ApiGatewayResponse replace = tenant.call(tenant.contactToken(organisationId), "POST", base + "/replace", Map.of("studentId", colleague));
        ApiGatewayResponse enrol = tenant.enrol(tenant.adminToken, courseId, colleague, "SELF");
        ApiGatewayResponse cancelCourse = tenant.asAdmin("POST", "/courses/" + courseId + "/cancel", null);

        for (ApiGatewayResponse reply : List.of(cancel, replace, enrol, cancelCourse)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        ApiGatewayResponse roster = tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null);
        assertThat(roster.items()).extracting(e -> e.path("studentId").asText()).containsExactly(studentId);
    }

    @Test
    void passingIssuesACertificateWithTheCoursesExpiryDate() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Lisa", null);
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").text("enrolmentId");
        Course course = startCourse(tenant, courseId);
        LocalDate expiry = course.details().lastDay().date().plusMonths(12);
        String path = "/courses/" + courseId + "/enrolments/" + enrolmentId + "/result";

        ApiGatewayResponse recorded = tenant.asAdmin("PUT", path, Map.of("present", true, "passed", true));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().path("passed").asBoolean()).isTrue();
        assertThat(function.item(CertificateItems.key(tenant.id, studentId, enrolmentId)).date("expiryDate")).isEqualTo(expiry);
        // a year ahead: the reminder runs have not read that far yet, so it is not on their list of late ones
        assertThat(function.item(CertificateItems.key(tenant.id, studentId, enrolmentId)).string(Table.GSI2_PK)).isNull();
        ApiGatewayResponse mine = tenant.call(tenant.studentToken(studentId), "GET", "/me/certificates", null);
        assertThat(mine.items()).hasSize(1);
        assertThat(mine.items().get(0).path("expiryDate").asText()).isEqualTo(expiry.toString());
        assertThat(mine.items().get(0).path("courseType").asText()).isEqualTo("BHV");
        JsonNode event = function.aws().eventBus().awaitPublished("ResultRecorded",
                e -> e.detail().path("eventId").asText().equals("ResultRecorded:" + enrolmentId + ":true:true"),
                Duration.ofSeconds(5)).detail();
        assertThat(event.path("certificateExpiryDate").asText()).isEqualTo(expiry.toString());
        ApiGatewayResponse roster = tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null);
        assertThat(roster.items().get(0).path("present").asBoolean()).isTrue();
        assertThat(roster.items().get(0).path("passed").asBoolean()).isTrue();

        ApiGatewayResponse failed = tenant.asAdmin("PUT", path, Map.of("present", true, "passed", false));

        assertThat(failed.status()).isEqualTo(200);
        assertThat(tenant.call(tenant.studentToken(studentId), "GET", "/me/certificates", null).items()).isEmpty();
    }

    @Test
    void resultsAreValidatedAndOnlyForAdminsAfterTheStart() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String organisationId = tenant.createOrganisation("Resultaat BV");
        String studentId = tenant.createStudent("Mark", organisationId);
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").text("enrolmentId");
        String path = "/courses/" + courseId + "/enrolments/" + enrolmentId + "/result";

        ApiGatewayResponse beforeStart = tenant.asAdmin("PUT", path, Map.of("present", true, "passed", true));
        startCourse(tenant, courseId);
        ApiGatewayResponse absentButPassed = tenant.asAdmin("PUT", path, Map.of("present", false, "passed", true));
        ApiGatewayResponse missing = tenant.asAdmin("PUT", path, "{}");
        ApiGatewayResponse byContact = tenant.call(tenant.contactToken(organisationId), "PUT", path, Map.of("present", true, "passed", true));

        assertThat(beforeStart.status()).isEqualTo(409);
        assertThat(absentButPassed.status()).isEqualTo(400);
        assertThat(fields(absentButPassed)).containsExactly("passed");
        assertThat(fields(missing)).containsExactlyInAnyOrder("present", "passed");
        assertThat(byContact.status()).isEqualTo(403);
        assertThat(tenant.call(tenant.studentToken(studentId), "GET", "/me/certificates", null).items()).isEmpty();
    }
}
