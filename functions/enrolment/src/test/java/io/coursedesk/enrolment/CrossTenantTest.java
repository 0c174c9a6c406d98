package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** A second provider's admin (and people) reach nothing of the first provider's on any route. */
class CrossTenantTest extends FunctionTest {
    @Test
    void everyRouteAnswers404OrNothingForAnotherProvidersIds() {
        Tenant first = new Tenant(function);
        String organisationId = first.createOrganisation("Eerste BV");
        String studentId = first.createStudent("Olga", organisationId);
        String colleague = first.createStudent("Paul", organisationId);
        String courseId = first.createCourse(5);
        String enrolmentId = first.enrol(first.adminToken, courseId, studentId, organisationId).text("enrolmentId");
        first.asAdmin("PUT", "/provider", Map.of("name", "Eerste Opleider", "notificationEmail", "plan@eerste.nl"));
        Tenant second = new Tenant(function);
        String secondStudent = second.createStudent("Quinten", null);
        String secondCourse = second.createCourse(5);
        String enrolments = "/courses/" + courseId + "/enrolments";
        String enrolment = enrolments + "/" + enrolmentId;

        assertThat(second.asAdmin("GET", "/courses/" + courseId, null).status()).isEqualTo(404);
        assertThat(second.asAdmin("PUT", "/courses/" + courseId, Tenant.course(9, 30).toString()).status()).isEqualTo(404);
        assertThat(second.asAdmin("POST", "/courses/" + courseId + "/cancel", null).status()).isEqualTo(404);
        assertThat(second.enrol(second.adminToken, courseId, secondStudent, "SELF").status()).isEqualTo(404);
        assertThat(second.asAdmin("GET", enrolments, null).status()).isEqualTo(404);
        assertThat(second.asAdmin("POST", enrolment + "/cancel", null).status()).isEqualTo(404);
        assertThat(second.asAdmin("POST", enrolment + "/replace", Map.of("studentId", colleague)).status()).isEqualTo(404);
        assertThat(second.asAdmin("PUT", enrolment + "/result", Map.of("present", true, "passed", true)).status()).isEqualTo(404);
        assertThat(second.asAdmin("GET", "/organisations/" + organisationId, null).status()).isEqualTo(404);
        assertThat(second.asAdmin("PUT", "/organisations/" + organisationId, Map.of("name", "Overgenomen",
                "address", Tenant.ADDRESS, "contactName", "Carla Contact", "contactEmail", "carla@example.nl")).status())
                .isEqualTo(404);
        assertThat(second.asAdmin("GET", "/students/" + studentId, null).status()).isEqualTo(404);
        assertThat(second.asAdmin("PUT", "/students/" + studentId, Map.of("firstName", "X", "lastName", "Y",
                "email", "x@y.nl")).status()).isEqualTo(404);
        assertThat(second.asAdmin("GET", "/provider", null).status()).isEqualTo(404);

        assertThat(second.asAdmin("GET", "/courses", null).items()).extracting(c -> c.path("courseId").asText())
                .containsExactly(secondCourse);
        assertThat(second.asAdmin("GET", "/organisations", null).items()).isEmpty();
        assertThat(second.asAdmin("GET", "/students", null).items()).extracting(s -> s.path("studentId").asText())
                .containsExactly(secondStudent);
        assertThat(second.call(null, "GET", "/catalogue?provider=" + second.id, null).items())
                .extracting(c -> c.path("courseId").asText()).containsExactly(secondCourse);

        // the first provider's ids inside the second provider's requests are unknown too
        ApiGatewayResponse foreignStudent = second.enrol(second.adminToken, secondCourse, studentId, "SELF");
        assertThat(foreignStudent.status()).isEqualTo(400);
        assertThat(fields(foreignStudent)).containsExactly("studentId");
        ApiGatewayResponse foreignOrganisation = second.asAdmin("POST", "/students", Map.of("firstName", "R", "lastName", "S",
                "email", "r@s.nl", "organisationId", organisationId));
        assertThat(fields(foreignOrganisation)).containsExactly("organisationId");
        // a token of the second provider that names the first provider's student and organisation
        assertThat(second.call(second.studentToken(studentId), "GET", "/me/enrolments", null).items()).isEmpty();
        assertThat(second.call(second.studentToken(studentId), "GET", "/me/certificates", null).items()).isEmpty();
        assertThat(second.call(second.contactToken(organisationId), "GET", "/students", null).items()).isEmpty();
        assertThat(second.call(second.contactToken(organisationId), "GET", "/organisations", null).items()).isEmpty();

        // and nothing of the first provider changed
        ApiGatewayResponse course = first.asAdmin("GET", "/courses/" + courseId, null);
        assertThat(course.text("status")).isEqualTo("OPEN");
        assertThat(course.json().path("maxParticipants").asInt()).isEqualTo(5);
        assertThat(first.asAdmin("GET", enrolments, null).items()).extracting(e -> e.path("studentId").asText() + "/" + e.path("status").asText())
                .containsExactly(studentId + "/CONFIRMED");
        assertThat(first.asAdmin("GET", "/organisations/" + organisationId, null).text("name")).isEqualTo("Eerste BV");
        assertThat(first.asAdmin("GET", "/provider", null).text("name")).isEqualTo("Eerste Opleider");
    }
}
