package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.ListPages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.coursedesk.harness.ListPages.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of the enrolment function answers pages whose cursors continue it without overlap or gap, and
 * refuses a cursor that is not this caller's for this list, and a limit out of bounds.
 */
class ListPaginationTest extends FunctionTest {

    @Test
    void coursesArePagedInFirstDayOrderAndAStudentsPagesHoldOnlyOpenCourses() {
        Tenant tenant = new Tenant(function);
        List<String> created = new ArrayList<>();
        for (int day = 10; day < 15; day++) {
            created.add(tenant.asAdmin("POST", "/courses", Tenant.course(5, day).toString()).text("courseId"));
        }
        tenant.asAdmin("POST", "/courses/" + created.get(1) + "/cancel", null);
        tenant.asAdmin("POST", "/courses/" + created.get(3) + "/cancel", null);
        String student = tenant.studentToken(tenant.createStudent("Sanne", null));

        assertThat(ids(ListPages.all(2, cursor -> tenant.asAdmin("GET", page("/courses", 2, cursor), null)), "courseId"))
                .containsExactlyElementsOf(created);
        assertThat(ids(ListPages.all(2, cursor -> tenant.call(student, "GET", page("/courses", 2, cursor), null)), "courseId"))
                .containsExactly(created.get(0), created.get(2), created.get(4));
        ApiGatewayResponse exact = tenant.asAdmin("GET", "/courses?limit=5", null);
        assertThat(exact.items()).hasSize(5);
        assertThat(exact.next()).as("a last page that is full").isNull();
    }

    @Test
    void aCursorWorksOnlyForTheCallerAndTheListItWasGivenFor() {
        Tenant tenant = new Tenant(function);
        for (int i = 0; i < 3; i++) {
            tenant.createCourse(5);
            tenant.createStudent("Student" + i, null);
        }
        String next = tenant.asAdmin("GET", "/courses?limit=1", null).next();
        assertThat(next).isNotNull();
        assertThat(tenant.asAdmin("GET", "/courses?limit=1&cursor=" + next, null).items()).hasSize(1);

        String otherAdmin = function.aws().tokens().forSubject("second-admin").tenantId(tenant.id)
                .role("PROVIDER_ADMIN").mint();
        Tenant otherTenant = new Tenant(function);
        char last = next.charAt(next.length() - 1);
        String tampered = next.substring(0, next.length() - 1) + (last == 'A' ? 'B' : 'A');
        String studentsCursor = tenant.asAdmin("GET", "/students?limit=1", null).next();

        assertRefusedCursor(tenant.call(otherAdmin, "GET", "/courses?limit=1&cursor=" + next, null));
        assertRefusedCursor(otherTenant.asAdmin("GET", "/courses?limit=1&cursor=" + next, null));
        assertRefusedCursor(tenant.asAdmin("GET", "/courses?limit=1&cursor=" + tampered, null));
        assertRefusedCursor(tenant.asAdmin("GET", "/courses?limit=1&cursor=not-a-cursor", null));
        assertRefusedCursor(tenant.asAdmin("GET", "/courses?limit=1&cursor=" + studentsCursor, null));
        assertRefusedCursor(tenant.asAdmin("GET", "/students?limit=1&cursor=" + next, null));
    }

    @Test
    void aLimitOutOfBoundsIsRefusedNamingIt() {
        Tenant tenant = new Tenant(function);
        for (String limit : List.of("0", "251", "-1", "many")) {
            ListPages.assertRefused(tenant.asAdmin("GET", "/students?limit=" + limit, null), "limit");
        }
        assertThat(tenant.asAdmin("GET", "/students?limit=250", null).status()).isEqualTo(200);
    }

    @Test
    void theCatalogueIsPagedByStartAndItsCursorIsBoundToTheProviderFilter() {
        Tenant tenant = new Tenant(function);
        List<String> open = new ArrayList<>();
        for (int day = 20; day < 25; day++) {
            open.add(tenant.asAdmin("POST", "/courses", Tenant.course(5, day).toString()).text("courseId"));
        }
        String cancelled = tenant.createCourse(5);
        tenant.asAdmin("POST", "/courses/" + cancelled + "/cancel", null);
        String whiteLabel = tenant.asAdmin("POST", "/courses", Tenant.course(5, 21).put("whiteLabel", true).toString())
                .text("courseId");

        List<String> listed = ids(ListPages.all(2, cursor -> tenant.call(null, "GET",
                page("/catalogue?provider=" + tenant.id, 2, cursor), null)), "courseId");

        assertThat(listed).containsExactlyElementsOf(open).doesNotContain(cancelled, whiteLabel);
        String next = tenant.call(null, "GET", "/catalogue?limit=2&provider=" + tenant.id, null).next();
        Tenant other = new Tenant(function);
        assertRefusedCursor(tenant.call(null, "GET", "/catalogue?limit=2&provider=" + other.id + "&cursor=" + next, null));
        assertRefusedCursor(tenant.call(null, "GET", "/catalogue?limit=2&cursor=" + next, null));
        assertRefusedCursor(tenant.asAdmin("GET", "/courses?limit=2&cursor=" + next, null));
    }

    @Test
    void theRosterStudentsAndOrganisationsArePaged() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(3);
        String organisationId = tenant.createOrganisation("Bouwbedrijf Paginas");
        List<String> enrolled = new ArrayList<>();
        List<String> students = new ArrayList<>();
        for (String name : List.of("Anna", "Bram", "Cor", "Dirk", "Eva")) {
            String studentId = tenant.createStudent(name, organisationId);
            students.add(studentId);
            enrolled.add(tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").text("enrolmentId"));
        }
        tenant.createOrganisation("Aannemer Paginas");

        List<JsonNode> roster = ListPages.all(2, cursor -> tenant.asAdmin("GET",
                page("/courses/" + courseId + "/enrolments", 2, cursor), null));
        assertThat(ids(roster, "enrolmentId")).containsExactlyElementsOf(enrolled);
        assertThat(roster.get(4).path("waitingListPosition").asInt()).isEqualTo(2);
        String contact = tenant.contactToken(organisationId);
        assertThat(ids(ListPages.all(2, cursor -> tenant.call(contact, "GET", page("/students", 2, cursor), null)),
                "studentId")).containsExactlyElementsOf(students);
        assertThat(ids(ListPages.all(1, cursor -> tenant.asAdmin("GET", page("/organisations", 1, cursor), null)),
                "name")).containsExactly("Aannemer Paginas", "Bouwbedrijf Paginas");
        String rosterCursor = tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments?limit=2", null).next();
        String otherCourse = tenant.createCourse(3);
        assertRefusedCursor(tenant.asAdmin("GET", "/courses/" + otherCourse + "/enrolments?limit=2&cursor=" + rosterCursor, null));
    }

    @Test
    void aStudentsOwnEnrolmentsArePaged() {
        Tenant tenant = new Tenant(function);
        String studentId = tenant.createStudent("Femke", null);
        List<String> enrolments = new ArrayList<>();
        for (int day = 30; day < 33; day++) {
            String courseId = tenant.asAdmin("POST", "/courses", Tenant.course(5, day).toString()).text("courseId");
            enrolments.add(tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").text("enrolmentId"));
        }
        String student = tenant.studentToken(studentId);

        assertThat(ids(ListPages.all(2, cursor -> tenant.call(student, "GET", page("/me/enrolments", 2, cursor), null)),
                "enrolmentId")).containsExactlyElementsOf(enrolments);
        String next = tenant.call(student, "GET", "/me/enrolments?limit=2", null).next();
        assertRefusedCursor(tenant.call(student, "GET", "/me/certificates?limit=2&cursor=" + next, null));
        assertRefusedCursor(tenant.call(tenant.studentToken(tenant.createStudent("Gijs", null)), "GET",
                "/me/enrolments?limit=2&cursor=" + next, null));
    }

    static List<String> ids(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.path(field).asText()).toList();
    }

    static void assertRefusedCursor(ApiGatewayResponse reply) {
        ListPages.assertRefused(reply, "cursor");
    }
}
