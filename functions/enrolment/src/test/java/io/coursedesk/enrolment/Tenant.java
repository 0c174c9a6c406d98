package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.time.Zones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh provider for one test, with tokens for its people and shortcuts that create data through the API. */
final class Tenant {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String id = "provider-" + UUID.randomUUID();
    private final FunctionUnderTest function;
    final String adminToken;

    Tenant(FunctionUnderTest function) {
        this.function = function;
        this.adminToken = token("admin-" + id, "PROVIDER_ADMIN", null, null);
    }

    String contactToken(String organisationId) {
        return token("contact-" + UUID.randomUUID(), "ORGANISATION_CONTACT", organisationId, null);
    }

    String studentToken(String studentId) {
        return token("student-" + studentId, "STUDENT", null, studentId);
    }

    private String token(String subject, String role, String organisationId, String studentId) {
        var builder = function.aws().tokens().forSubject(subject).email(subject + "@example.nl").name(subject)
                .tenantId(id).role(role);
        if (organisationId != null) {
            builder.organisationId(organisationId);
        }
        if (studentId != null) {
            builder.studentId(studentId);
        }
        return builder.mint();
    }

    ApiGatewayResponse call(String token, String method, String path, Object body) {
        ApiGatewayEvents.Request request = ApiGatewayEvents.request(method, path);
        if (token != null) {
            request.bearer(token);
        }
        if (body instanceof String json) {
            request.jsonBody(json);
        } else if (body != null) {
            request.jsonBody(body);
        }
        return function.call(request);
    }

    ApiGatewayResponse asAdmin(String method, String path, Object body) {
        return call(adminToken, method, path, body);
    }

    /** A customer's address as the admin's form requires it. */
    static final Map<String, String> ADDRESS = Map.of("street", "Stationsplein 1", "postalCode", "3511 ED",
            "city", "Utrecht", "country", "NL");

    String createOrganisation(String name) {
        ApiGatewayResponse reply = asAdmin("POST", "/organisations", Map.of("name", name, "address", ADDRESS,
                "contactName", "Carla Contact",
                "contactEmail", "carla@" + name.toLowerCase().replace(' ', '-') + ".nl",
                "billingEmail", "billing@example.nl", "correspondenceViaContact", false));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("organisationId");
    }

    String createStudent(String firstName, String organisationId) {
        ObjectNode body = JSON.createObjectNode()
                .put("firstName", firstName).put("lastName", "Jansen").put("email", firstName.toLowerCase() + "@example.nl");
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        ApiGatewayResponse reply = asAdmin("POST", "/students", body.toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("studentId");
    }

    /** Instructors are the availability function's; here they are written straight into the table. */
    String createInstructor(String name) {
        Instructor instructor = new Instructor(Ids.newId(), id, name, name.toLowerCase() + "@instructeurs.nl",
                Set.of("BHV"), false, Instant.now());
        Table table = new Table(function.aws().tableName());
        new InstructorRepository(function.aws().dynamoDbClient(), table, new TableReads(function.aws().dynamoDbClient(), table))
                .add(instructor);
        return instructor.id();
    }

    String createCourse(int maxParticipants) {
        ApiGatewayResponse reply = asAdmin("POST", "/courses", course(maxParticipants, 30).toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("courseId");
    }

    ApiGatewayResponse enrol(String token, String courseId, String studentId, String payer) {
        ObjectNode body = JSON.createObjectNode().put("payer", payer);
        if (studentId != null) {
            body.put("studentId", studentId);
        }
        return call(token, "POST", "/courses/" + courseId + "/enrolments", body.toString());
    }

    /** A valid course request, {@code daysAhead} days from today (Amsterdam), two days long. */
    static ObjectNode course(int maxParticipants, int daysAhead) {
        LocalDate first = LocalDate.now(Zones.AMSTERDAM).plusDays(daysAhead);
        ObjectNode course = JSON.createObjectNode()
                .put("type", "BHV").put("kind", "CERTIFIED").put("maxParticipants", maxParticipants)
                .put("location", "Utrecht").put("certificateValidityMonths", 12).put("code95", true)
                .put("visibleToOtherProviders", false).put("whiteLabel", false).put("remarks", "Neem lunch mee");
        ArrayNode days = course.putArray("days");
        days.addObject().put("date", first.toString()).put("startTime", "09:00").put("endTime", "17:00");
        days.addObject().put("date", first.plusDays(1).toString()).put("startTime", "09:00").put("endTime", "13:00");
        course.putArray("requiredDocuments").add("ATTENDANCE_LIST").add("EXAM");
        return course;
    }
}
