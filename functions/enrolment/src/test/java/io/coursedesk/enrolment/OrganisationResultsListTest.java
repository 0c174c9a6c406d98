package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.OrganisationResultItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.coursedesk.enrolment.StartedCourseTest.startCourse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results list of an organisation (what its course-results export reads): a recorded result enters the list of
 * the student's organisation, and moves with the student when they are linked elsewhere.
 */
class OrganisationResultsListTest extends FunctionTest {

    private static List<RecordedResult> listOf(Tenant tenant, String organisationId) {
        return new TableReads(function.aws().dynamoDbClient(), new Table(function.aws().tableName()))
                .partition(OrganisationItems.pk(tenant.id, organisationId), OrganisationResultItems.SK_PREFIX)
                .stream().map(OrganisationResultItems::fromItem).toList();
    }

    private static String startedEnrolment(Tenant tenant, String studentId, String[] courseIdOut) {
        String courseId = tenant.createCourse(5);
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").text("enrolmentId");
        startCourse(tenant, courseId);
        courseIdOut[0] = courseId;
        return enrolmentId;
    }

    private static ApiGatewayResponse record(Tenant tenant, String courseId, String enrolmentId, boolean passed) {
        return tenant.asAdmin("PUT", "/courses/" + courseId + "/enrolments/" + enrolmentId + "/result",
                Map.of("present", true, "passed", passed));
    }

    private static ApiGatewayResponse rename(Tenant tenant, String studentId, String organisationId, String lastName) {
        return tenant.asAdmin("PUT", "/students/" + studentId, Map.of("firstName", "Sam", "lastName", lastName,
                "email", "sam@example.nl", "organisationId", organisationId));
    }

    private static ApiGatewayResponse link(Tenant tenant, String studentId, String organisationId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", "Sam", "lastName", "Jansen",
                "email", "sam@example.nl"));
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        return tenant.asAdmin("PUT", "/students/" + studentId, body);
    }

    @Test
    void aRecordedResultEntersTheListOfTheStudentsOrganisationWithItsCertificate() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Lijst BV");
        String studentId = tenant.createStudent("Sam", organisationId);
        String loner = tenant.createStudent("Lone", null);
        String[] course = new String[1];
        String enrolmentId = startedEnrolment(tenant, studentId, course);
        Course started = startCourse(tenant, course[0]);

        assertThat(record(tenant, course[0], enrolmentId, true).status()).isEqualTo(200);
        String[] otherCourse = new String[1];
        String lonerEnrolment = startedEnrolment(tenant, loner, otherCourse);
        assertThat(record(tenant, otherCourse[0], lonerEnrolment, true).status()).isEqualTo(200);

        // the first day as enrolled orders the rows; the export shows the course's own
        assertThat(listOf(tenant, organisationId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "courseFirstDay").containsExactly(new RecordedResult(studentId, enrolmentId, course[0], null, true,
                true, started.details().certificateExpiry()));

        assertThat(record(tenant, course[0], enrolmentId, false).status()).isEqualTo(200);
        assertThat(listOf(tenant, organisationId)).singleElement()
                .satisfies(result -> {
                    assertThat(result.passed()).isFalse();
                    assertThat(result.certificateExpiry()).isNull();
                });
    }

    @Test
    void theOrganisationsDashboardShowsTheResultsOfCoursesOfTheLastNinetyDays() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Recent BV");
        String studentId = tenant.createStudent("Sam", organisationId);
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String[] course = new String[1];
            String enrolmentId = startedEnrolment(tenant, studentId, course);
            assertThat(record(tenant, course[0], enrolmentId, true).status()).isEqualTo(200);
            enrolments.add(enrolmentId);
        }
        // the first as if its course began 91 days ago
        Item old = new TableReads(function.aws().dynamoDbClient(), new Table(function.aws().tableName()))
                .partition(OrganisationItems.pk(tenant.id, organisationId), OrganisationResultItems.SK_PREFIX).stream()
                .filter(item -> item.string("SK").endsWith("#" + enrolments.get(0))).findFirst().orElseThrow();
        function.aws().dynamoDbClient().updateItem(b -> b.tableName(function.aws().tableName())
                .key(TableReads.key(old.string("PK"), old.string("SK")))
                .updateExpression("SET courseFirstDay = :day").expressionAttributeValues(Map.of(":day",
                        AttributeValue.fromS(LocalDate.now(Zones.AMSTERDAM).minusDays(91).toString()))));

        ApiGatewayResponse dashboard = tenant.call(tenant.contactToken(organisationId), "GET",
                "/organisations/" + organisationId + "/dashboard", null);

        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        assertThat(dashboard.json().path("recentlyCompleted")).extracting(c -> c.path("enrolmentId").asText())
                .containsExactly(enrolments.get(1));
    }

    @Test
    void theResultsMoveWithTheStudentToAnotherOrganisationAndLeaveWhenTheyAreUnlinked() {
        Tenant tenant = new Tenant(function);
        String first = tenant.createOrganisation("Eerste BV");
        String second = tenant.createOrganisation("Tweede BV");
        String studentId = tenant.createStudent("Sam", first);
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String[] course = new String[1];
            String enrolmentId = startedEnrolment(tenant, studentId, course);
            assertThat(record(tenant, course[0], enrolmentId, i == 0).status()).isEqualTo(200);
            enrolments.add(enrolmentId);
        }

        ApiGatewayResponse moved = link(tenant, studentId, second);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(listOf(tenant, first)).isEmpty();
        assertThat(listOf(tenant, second)).extracting(RecordedResult::enrolmentId)
                .containsExactlyInAnyOrderElementsOf(enrolments);
        assertThat(listOf(tenant, second)).filteredOn(RecordedResult::passed).singleElement()
                .extracting(RecordedResult::certificateExpiry).isNotNull();

        assertThat(link(tenant, studentId, null).status()).isEqualTo(200);
        assertThat(listOf(tenant, second)).isEmpty();
        Item student = function.item(io.coursedesk.shared.persistence.StudentItems.key(tenant.id, studentId));
        assertThat(student.string("organisationId")).isNull();
        assertThat(student.string("GSI2PK")).isNull();
        assertThat(student.longValue("resultsVersion", 0)).isEqualTo(2);
    }

    @Test
    void theListIsKeptInNameOrderAndFollowsARenameEvenWhileResultsAreRecorded() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Naam BV");
        String studentId = tenant.createStudent("Sam", organisationId);
        String other = tenant.createStudent("Bo", organisationId);
        List<String[]> started = new ArrayList<>();
        for (String student : List.of(studentId, studentId, studentId, studentId, other)) {
            String[] courseId = new String[1];
            String enrolmentId = startedEnrolment(tenant, student, courseId);
            started.add(new String[]{courseId[0], enrolmentId});
        }
        assertThat(record(tenant, started.get(4)[0], started.get(4)[1], true).status()).isEqualTo(200);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String[] course = started.get(i);
            String lastName = "Achternaam " + i;
            replies.add(CompletableFuture.supplyAsync(() -> record(tenant, course[0], course[1], true).status(), pool));
            replies.add(CompletableFuture.supplyAsync(() -> rename(tenant, studentId, organisationId, lastName).status(),
                    pool));
        }
        assertThat(replies.stream().map(CompletableFuture::join).toList()).containsOnly(200);
        pool.shutdown();
        assertThat(rename(tenant, studentId, organisationId, "Zwart").status()).isEqualTo(200);

        List<Item> entries = new TableReads(function.aws().dynamoDbClient(), new Table(function.aws().tableName()))
                .partition(OrganisationItems.pk(tenant.id, organisationId), OrganisationResultItems.SK_PREFIX);
        // the other student's entry first: their last name sorts before "zwart"
        assertThat(entries).extracting(item -> OrganisationResultItems.fromItem(item).studentId())
                .containsExactly(other, studentId, studentId, studentId, studentId);
        assertThat(entries.subList(1, 5)).extracting(item -> item.string("SK"))
                .allMatch(key -> key.startsWith(OrganisationResultItems.SK_PREFIX + "zwart#sam#" + studentId + "#"));
    }

    @Test
    void resultsRecordedWhileTheStudentMovesBackAndForthAllEndInTheirLastOrganisationsList() throws Exception {
        Tenant tenant = new Tenant(function);
        String first = tenant.createOrganisation("Heen BV");
        String second = tenant.createOrganisation("Weer BV");
        String studentId = tenant.createStudent("Sam", first);
        List<String[]> started = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String[] course = new String[2];
            String[] courseId = new String[1];
            course[1] = startedEnrolment(tenant, studentId, courseId);
            course[0] = courseId[0];
            started.add(course);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Integer>> replies = new ArrayList<>();
        for (int i = 0; i < started.size(); i++) {
            String[] course = started.get(i);
            replies.add(CompletableFuture.supplyAsync(() -> record(tenant, course[0], course[1], true).status(), pool));
            String target = i % 2 == 0 ? second : first;
            replies.add(CompletableFuture.supplyAsync(() -> link(tenant, studentId, target).status(), pool));
        }
        assertThat(replies.stream().map(CompletableFuture::join).toList()).containsOnly(200);
        pool.shutdown();
        String last = link(tenant, studentId, second).status() == 200 ? second : null;

        assertThat(listOf(tenant, last)).extracting(RecordedResult::enrolmentId)
                .containsExactlyInAnyOrderElementsOf(started.stream().map(course -> course[1]).toList());
        assertThat(listOf(tenant, first)).isEmpty();
    }
}
