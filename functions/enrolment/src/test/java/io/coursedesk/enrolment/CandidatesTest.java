package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.persistence.CandidateItems;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Manual 004: organisation codes, candidates linked by them, programmes and the candidates' progress. */
class CandidatesTest extends FunctionTest {

    private static ApiGatewayResponse setCode(Tenant tenant, String organisationId, String code) {
        return tenant.asAdmin("PUT", "/organisations/" + organisationId + "/code", Map.of("code", code));
    }

    private static String programme(Tenant tenant, String name, String... courseTypes) {
        List<Map<String, String>> steps = new ArrayList<>();
        for (int i = 0; i < courseTypes.length; i++) {
            steps.add(Map.of("kind", i == courseTypes.length - 1 ? "EXAM" : "COURSE", "courseType", courseTypes[i]));
        }
        ApiGatewayResponse reply = tenant.asAdmin("POST", "/programmes", Map.of("name", name, "steps", steps));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("programmeId");
    }

    private static String course(Tenant tenant, String type) {
        ApiGatewayResponse reply = tenant.asAdmin("POST", "/courses", Tenant.course(10, 30).put("type", type).toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("courseId");
    }

    private static ApiGatewayResponse enrolWithCode(Tenant tenant, String token, String courseId, String code) {
        return tenant.call(token, "POST", "/courses/" + courseId + "/enrolments",
                Map.of("payer", "SELF", "organisationCode", code));
    }

    /** Starts the course and records the student's result on it. */
    private static void result(Tenant tenant, String courseId, String enrolmentId, boolean passed) {
        StartedCourseTest.startCourse(tenant, courseId);
        ApiGatewayResponse reply = tenant.asAdmin("PUT", "/courses/" + courseId + "/enrolments/" + enrolmentId
                + "/result", Map.of("present", true, "passed", passed));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static ApiGatewayResponse candidates(Tenant tenant, String token, String organisationId, String query) {
        return tenant.call(token, "GET", "/organisations/" + organisationId + "/candidates" + query, null);
    }

    private static List<String> studentIds(ApiGatewayResponse page) {
        return StreamSupport.stream(page.items().spliterator(), false).map(c -> c.path("studentId").asText()).toList();
    }

    @Test
    void theCodeIsThreeUpperCaseLettersAndOneOrganisationsAtATime() {
        Tenant tenant = new Tenant(function);
        Tenant otherTenant = new Tenant(function);
        String first = tenant.createOrganisation("Eerste BV");
        String second = tenant.createOrganisation("Tweede BV");
        String elsewhere = otherTenant.createOrganisation("Elders BV");

        for (String wrong : List.of("vak", "VAKK", "VA", "V4K", "ÄBC")) {
            ApiGatewayResponse reply = setCode(tenant, first, wrong);
            assertThat(reply.status()).as(wrong + ": " + reply).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("code");
        }
        assertThat(setCode(tenant, first, "VAK").status()).isEqualTo(200);
        ApiGatewayResponse taken = setCode(tenant, second, "VAK");
        ApiGatewayResponse byContact = tenant.call(tenant.contactToken(second), "PUT",
                "/organisations/" + second + "/code", Map.of("code", "ABC"));
        ApiGatewayResponse otherProvider = setCode(otherTenant, elsewhere, "VAK");
        ApiGatewayResponse foreign = setCode(otherTenant, first, "XYZ");

        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(fields(taken)).containsExactly("code");
        assertThat(byContact.status()).isEqualTo(403);
        assertThat(otherProvider.status()).isEqualTo(200);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(setCode(tenant, first, "VAL").status()).isEqualTo(200);
        assertThat(function.item(CandidateItems.codeKey(tenant.id, "VAK")).isEmpty()).isTrue();
        assertThat(setCode(tenant, second, "VAK").status()).as("the old code is free again").isEqualTo(200);
        ApiGatewayResponse asContact = tenant.call(tenant.contactToken(first), "GET",
                "/organisations/" + first + "/code", null);
        assertThat(asContact.text("code")).isEqualTo("VAL");
        assertThat(tenant.call(tenant.contactToken(second), "GET", "/organisations/" + first + "/code", null)
                .status()).isEqualTo(404);
        ApiGatewayResponse changedElsewhere = tenant.asAdmin("PUT", "/organisations/" + first,
                Map.of("name", "Eerste BV", "address", Tenant.ADDRESS, "contactName", "Carla Contact",
                        "contactEmail", "carla@eerste.nl"));
        assertThat(changedElsewhere.status()).as(changedElsewhere.toString()).isEqualTo(200);
        assertThat(function.item(io.coursedesk.shared.persistence.OrganisationItems.key(tenant.id, first))
                .string("code")).as("the admin's form leaves the code alone").isEqualTo("VAL");
    }

    @Test
    void theAdminTakesACodeAwayTheCodeIsFreeAndItsCandidatesStayLinked() {
        Tenant tenant = new Tenant(function);
        String first = tenant.createOrganisation("Eerste BV");
        String second = tenant.createOrganisation("Tweede BV");
        assertThat(setCode(tenant, first, "WIS").status()).isEqualTo(200);
        String studentId = tenant.createStudent("Kees", null);
        String student = tenant.studentToken(studentId);
        assertThat(tenant.call(student, "POST", "/me/candidacies", Map.of("organisationCode", "wis")).status())
                .isEqualTo(201);
        String path = "/organisations/" + first + "/code";

        ApiGatewayResponse byContact = tenant.call(tenant.contactToken(first), "DELETE", path, null);
        ApiGatewayResponse foreign = new Tenant(function).asAdmin("DELETE", path, null);
        ApiGatewayResponse cleared = tenant.asAdmin("DELETE", path, null);

        assertThat(byContact.status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(204);
        assertThat(tenant.asAdmin("GET", path, null).json().path("code").isNull()).isTrue();
        assertThat(function.item(CandidateItems.codeKey(tenant.id, "WIS")).isEmpty()).isTrue();
        assertThat(tenant.asAdmin("DELETE", path, null).status()).as("without a code: the same").isEqualTo(204);
        assertThat(tenant.call(student, "POST", "/me/candidacies", Map.of("organisationCode", "WIS")).status())
                .as("nobody's code now").isEqualTo(400);
        assertThat(setCode(tenant, second, "WIS").status()).as("free for another").isEqualTo(200);
        assertThat(studentIds(tenant.asAdmin("GET", "/organisations/" + first + "/candidates", null)))
                .containsExactly(studentId);
    }

    @RepeatedTest(5)
    void twoOrganisationsClaimingOneCodeAtOnceOneWins() throws Exception {
        Tenant tenant = new Tenant(function);
        List<String> organisations = List.of(tenant.createOrganisation("Snel BV"), tenant.createOrganisation("Vlug BV"),
                tenant.createOrganisation("Rap BV"));
        ExecutorService pool = Executors.newFixedThreadPool(organisations.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiGatewayResponse>> futures = new ArrayList<>();
            for (String organisationId : organisations) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return setCode(tenant, organisationId, "RAC");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiGatewayResponse> future : futures) {
                statuses.add(future.get(60, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        String holder = function.item(CandidateItems.codeKey(tenant.id, "RAC")).string("organisationId");
        List<String> withCode = organisations.stream().filter(o -> "RAC".equals(
                tenant.asAdmin("GET", "/organisations/" + o + "/code", null).text("code"))).toList();
        assertThat(withCode).containsExactly(holder);
    }

    @Test
    void aCandidateLinkedByCodeAtEnrolmentShowsEachStepPassedFailedOrPending() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Voortgang BV");
        setCode(tenant, organisationId, "VGB");
        String programmeId = programme(tenant, "Monteur", "BHV", "VCA", "EXAMEN-A");
        String bhv = course(tenant, "BHV");
        String vca = course(tenant, "VCA");
        String studentId = tenant.createStudent("Kees", null);
        String token = tenant.studentToken(studentId);

        ApiGatewayResponse unknown = enrolWithCode(tenant, token, bhv, "XXX");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("organisationCode");
        assertThat(tenant.asAdmin("GET", "/courses/" + bhv + "/enrolments", null).items()).isEmpty();

        ApiGatewayResponse enrolled = enrolWithCode(tenant, token, bhv, "vgb");
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        String vcaEnrolment = tenant.enrol(token, vca, null, "SELF").text("enrolmentId");
        String contact = tenant.contactToken(organisationId);
        JsonNode before = candidates(tenant, contact, organisationId, "").items().get(0);
        assertThat(before.path("studentId").asText()).isEqualTo(studentId);
        assertThat(before.path("programmes").get(0).path("steps")).extracting(s -> s.path("state").asText())
                .containsExactly("PENDING", "PENDING", "PENDING");

        result(tenant, bhv, enrolled.text("enrolmentId"), true);
        result(tenant, vca, vcaEnrolment, false);

        JsonNode row = candidates(tenant, contact, organisationId, "").items().get(0);
        assertThat(row.path("firstName").asText()).isEqualTo("Kees");
        assertThat(row.path("email").asText()).isEqualTo("kees@example.nl");
        JsonNode programme = row.path("programmes").get(0);
        assertThat(programme.path("programmeId").asText()).isEqualTo(programmeId);
        assertThat(programme.path("steps")).extracting(s -> s.path("courseType").asText() + ":"
                + s.path("kind").asText() + ":" + s.path("state").asText())
                .containsExactly("BHV:COURSE:PASSED", "VCA:COURSE:FAILED", "EXAMEN-A:EXAM:PENDING");
        assertThat(programme.path("steps").get(0).path("decidedOn").asText()).isNotBlank();
        assertThat(programme.path("steps").get(2).path("decidedOn").isNull()).isTrue();

        String retake = course(tenant, "VCA");
        result(tenant, retake, tenant.enrol(token, retake, null, "SELF").text("enrolmentId"), true);
        assertThat(candidates(tenant, contact, organisationId, "").items().get(0).path("programmes").get(0)
                .path("steps").get(1).path("state").asText()).as("a passed retake").isEqualTo("PASSED");
    }

    @Test
    void theListFiltersByProgrammeStepStateAndNameAndPages() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Filter BV");
        setCode(tenant, organisationId, "FLT");
        String installer = programme(tenant, "Installateur", "BHV", "NEN");
        String welder = programme(tenant, "Lasser", "LAS");
        String bhv = course(tenant, "BHV");
        String las = course(tenant, "LAS");
        List<String> students = new ArrayList<>();
        for (String name : List.of("Anna", "Bram", "Cor", "Dirk")) {
            String studentId = tenant.createStudent(name, null);
            students.add(studentId);
            assertThat(tenant.call(tenant.studentToken(studentId), "POST", "/me/candidacies",
                    Map.of("organisationCode", "FLT")).status()).isEqualTo(201);
        }
        String anna = students.get(0);
        String bram = students.get(1);
        String cor = students.get(2);
        String annaBhv = tenant.enrol(tenant.studentToken(anna), bhv, null, "SELF").text("enrolmentId");
        String bramBhv = tenant.enrol(tenant.studentToken(bram), bhv, null, "SELF").text("enrolmentId");
        tenant.enrol(tenant.studentToken(cor), las, null, "SELF");
        StartedCourseTest.startCourse(tenant, bhv);
        tenant.asAdmin("PUT", "/courses/" + bhv + "/enrolments/" + annaBhv + "/result", Map.of("present", true, "passed", true));
        tenant.asAdmin("PUT", "/courses/" + bhv + "/enrolments/" + bramBhv + "/result", Map.of("present", true, "passed", false));
        String contact = tenant.contactToken(organisationId);

        assertThat(studentIds(candidates(tenant, contact, organisationId, ""))).containsExactlyElementsOf(students);
        assertThat(studentIds(candidates(tenant, contact, organisationId, "?programmeId=" + installer)))
                .containsExactly(anna, bram);
        assertThat(studentIds(candidates(tenant, contact, organisationId, "?programmeId=" + welder)))
                .containsExactly(cor);
        assertThat(studentIds(candidates(tenant, contact, organisationId, "?stepState=FAILED"))).containsExactly(bram);
        assertThat(studentIds(candidates(tenant, contact, organisationId, "?stepState=PASSED"))).containsExactly(anna);
        assertThat(studentIds(candidates(tenant, contact, organisationId, "?stepState=PENDING")))
                .containsExactly(anna, bram, cor);
        assertThat(studentIds(candidates(tenant, contact, organisationId, "?name=DIRK%20jan"))).containsExactly(students.get(3));
        JsonNode welderOnly = candidates(tenant, contact, organisationId, "?programmeId=" + welder).items().get(0);
        assertThat(welderOnly.path("programmes")).hasSize(1);

        ApiGatewayResponse first = candidates(tenant, contact, organisationId, "?stepState=PENDING&limit=2");
        assertThat(studentIds(first)).containsExactly(anna, bram);
        ApiGatewayResponse second = candidates(tenant, contact, organisationId,
                "?stepState=PENDING&limit=2&cursor=" + first.next());
        assertThat(studentIds(second)).containsExactly(cor);
        assertThat(second.next()).isNull();
        ApiGatewayResponse otherFilter = candidates(tenant, contact, organisationId,
                "?stepState=FAILED&limit=2&cursor=" + first.next());
        assertThat(otherFilter.status()).as("a cursor is bound to its filters").isEqualTo(400);

        ApiGatewayResponse badState = candidates(tenant, contact, organisationId, "?stepState=GREEN");
        ApiGatewayResponse badProgramme = candidates(tenant, contact, organisationId, "?programmeId=nope");
        assertThat(fields(badState)).containsExactly("stepState");
        assertThat(fields(badProgramme)).containsExactly("programmeId");
    }

    @Test
    void aRenamedCandidateIsListedAndFoundByTheNewName() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Naam BV");
        setCode(tenant, organisationId, "NAM");
        String anna = tenant.createStudent("Anna", null);
        String bram = tenant.createStudent("Bram", null);
        for (String studentId : List.of(anna, bram)) {
            tenant.call(tenant.studentToken(studentId), "POST", "/me/candidacies", Map.of("organisationCode", "NAM"));
        }

        ApiGatewayResponse renamed = tenant.asAdmin("PUT", "/students/" + anna, Map.of("firstName", "Anna",
                "lastName", "Zwart", "email", "anna@example.nl"));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        String contact = tenant.contactToken(organisationId);
        ApiGatewayResponse list = candidates(tenant, contact, organisationId, "");
        assertThat(studentIds(list)).containsExactly(bram, anna);
        assertThat(list.items().get(1).path("lastName").asText()).isEqualTo("Zwart");
        assertThat(studentIds(candidates(tenant, contact, organisationId, "?name=zwart"))).containsExactly(anna);
    }

    @Test
    void onlyTheOrganisationsContactOrTheAdminSeeAndUnlinkItsCandidates() {
        Tenant tenant = new Tenant(function);
        Tenant otherTenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Eigen BV");
        String neighbour = tenant.createOrganisation("Buur BV");
        setCode(tenant, organisationId, "EGN");
        String studentId = tenant.createStudent("Els", null);
        ApiGatewayResponse linked = tenant.call(tenant.studentToken(studentId), "POST", "/me/candidacies",
                Map.of("organisationCode", "EGN"));
        assertThat(linked.text("organisationId")).isEqualTo(organisationId);
        ApiGatewayResponse unknownCode = tenant.call(tenant.studentToken(studentId), "POST", "/me/candidacies",
                Map.of("organisationCode", "ZZZ"));
        assertThat(fields(unknownCode)).containsExactly("organisationCode");

        assertThat(candidates(tenant, tenant.contactToken(neighbour), organisationId, "").status()).isEqualTo(404);
        assertThat(candidates(otherTenant, otherTenant.adminToken, organisationId, "").status()).isEqualTo(404);
        assertThat(candidates(tenant, tenant.studentToken(studentId), organisationId, "").status()).isEqualTo(403);
        assertThat(studentIds(candidates(tenant, tenant.adminToken, organisationId, ""))).containsExactly(studentId);
        String unlink = "/organisations/" + organisationId + "/candidates/" + studentId + "/unlink";
        assertThat(tenant.call(tenant.contactToken(neighbour), "POST", unlink, null).status()).isEqualTo(404);
        assertThat(otherTenant.asAdmin("POST", unlink, null).status()).isEqualTo(404);

        ApiGatewayResponse removeCandidate = tenant.asAdmin("DELETE", "/students/" + studentId, null);
        assertThat(removeCandidate.status()).as("a candidate is unlinked before removal").isEqualTo(409);
        assertThat(removeCandidate.json().path("detail").asText()).contains(organisationId);

        String contact = tenant.contactToken(organisationId);
        assertThat(tenant.call(contact, "POST", unlink, null).status()).isEqualTo(204);
        assertThat(candidates(tenant, contact, organisationId, "").items()).isEmpty();
        assertThat(tenant.call(contact, "POST", unlink, null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("GET", "/students/" + studentId, null).status()).as("the student stays").isEqualTo(200);
    }

    @Test
    void anOrganisationWithCandidatesStaysAndOneRemovedFreesItsCode() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Weg BV");
        setCode(tenant, organisationId, "WEG");
        String studentId = tenant.createStudent("Wim", null);
        tenant.call(tenant.studentToken(studentId), "POST", "/me/candidacies", Map.of("organisationCode", "WEG"));

        ApiGatewayResponse refused = tenant.asAdmin("DELETE", "/organisations/" + organisationId, null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("candidates");

        tenant.asAdmin("POST", "/organisations/" + organisationId + "/candidates/" + studentId + "/unlink", null);
        assertThat(tenant.asAdmin("DELETE", "/organisations/" + organisationId, null).status()).isEqualTo(204);
        assertThat(function.item(CandidateItems.codeKey(tenant.id, "WEG")).isEmpty()).isTrue();
        assertThat(setCode(tenant, tenant.createOrganisation("Nieuw BV"), "WEG").status()).isEqualTo(200);
        assertThat(tenant.asAdmin("DELETE", "/organisations/" + organisationId, null).status()).isEqualTo(404);
    }

    @Test
    void programmesAreTheAdminsWithValidatedSteps() {
        Tenant tenant = new Tenant(function);
        String programmeId = programme(tenant, "Traject", "BHV", "VCA");
        ApiGatewayResponse noSteps = tenant.asAdmin("POST", "/programmes", Map.of("name", "Leeg", "steps", List.of()));
        ApiGatewayResponse badStep = tenant.asAdmin("POST", "/programmes", Map.of("name", "Fout",
                "steps", List.of(Map.of("kind", "WORKSHOP", "courseType", "BHV"))));
        ApiGatewayResponse twice = tenant.asAdmin("PUT", "/programmes/" + programmeId, Map.of("name", "Dubbel",
                "steps", List.of(Map.of("kind", "COURSE", "courseType", "BHV"), Map.of("kind", "EXAM", "courseType", "BHV"))));
        ApiGatewayResponse blankType = tenant.asAdmin("POST", "/programmes", Map.of("name", "Leeg type",
                "steps", List.of(Map.of("kind", "COURSE", "courseType", " "))));
        ApiGatewayResponse byContact = tenant.call(tenant.contactToken(tenant.createOrganisation("Contact BV")), "GET",
                "/programmes", null);

        assertThat(fields(noSteps)).containsExactly("steps");
        assertThat(badStep.status()).isEqualTo(400);
        assertThat(fields(twice)).containsExactly("steps[1].courseType");
        assertThat(fields(blankType)).containsExactly("steps[0].courseType");
        assertThat(byContact.status()).isEqualTo(403);
        ApiGatewayResponse replaced = tenant.asAdmin("PUT", "/programmes/" + programmeId, Map.of("name", "Traject 2",
                "steps", List.of(Map.of("kind", "EXAM", "courseType", "VCA"))));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(tenant.asAdmin("GET", "/programmes/" + programmeId, null).json().path("steps"))
                .extracting(s -> s.path("kind").asText()).containsExactly("EXAM");
        assertThat(tenant.asAdmin("GET", "/programmes", null).items()).hasSize(1);
        assertThat(new Tenant(function).asAdmin("GET", "/programmes/" + programmeId, null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("DELETE", "/programmes/" + programmeId, null).status()).isEqualTo(204);
        assertThat(tenant.asAdmin("GET", "/programmes/" + programmeId, null).status()).isEqualTo(404);
    }
}
