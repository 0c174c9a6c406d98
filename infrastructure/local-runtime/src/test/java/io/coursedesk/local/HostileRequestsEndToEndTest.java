package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run as an attacker or a careless client meets it: bad, oversized, foreign, tampered and out-of-role
 * requests through the HTTP API into the real function jars. Each is refused with its status and a problem, and none
 * of them changes the table or sends a mail (both are read before and after).
 */
class HostileRequestsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    private static LocalRuntime runtime;
    private static LocalApi api;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0, FreePort.find());
        api = new LocalApi(runtime.apiUrl());
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /** A request and the status it must get. */
    private record Attempt(String what, String method, String path, String token, String body, int status) {
    }

    @Test
    void everyHostileRequestIsRefusedWithAProblemAndChangesNothing() throws Exception {
        String admin = token("planner@veiligwerken.example");
        String otherAdmin = token("admin@ehzuid.example");
        String contact = token("karin@hoogland.example");
        String colleague = token("bas.dewit@hoogland.example");
        String student = token("daan.visser@example.nl");
        DemoUser karin = user("karin@hoogland.example");
        DemoUser joris = user("joris.hendriks@maasdal.example");
        DemoUser daan = user("daan.visser@example.nl");
        JsonNode courses = api.get("/courses?limit=1", admin).json();
        String courseId = courses.get("items").get(0).get("courseId").asText();
        String coursesCursor = courses.get("next").asText();
        String otherCourseId = api.get("/courses", otherAdmin).json().get("items").get(0).get("courseId").asText();
        String studentsCursor = api.get("/students?limit=1", admin).json().get("next").asText();
        String catalogueCursor = api.get("/catalogue?limit=1&provider=veilig-werken", null).json().get("next").asText();
        JsonNode holders = api.get("/qualification-holders?limit=2", contact).json();
        String holderId = holders.get("items").get(0).get("holderId").asText();
        String cursor = holders.get("next").asText();
        String expired = runtime.aws().tokens().forSubject("expired").tenantId("veilig-werken").role("PROVIDER_ADMIN")
                .email("planner@veiligwerken.example").name("Petra").issuedAt(Instant.now().minus(Duration.ofHours(3)))
                .lifetime(Duration.ofHours(1)).mint();
        String[] parts = admin.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
        String selfMadeAdmin = runtime.aws().tokens().forSubject("x").tenantId("veilig-werken").role("PROVIDER_ADMIN")
                .email("x@example.nl").name("X").mint().replaceAll("\\.[^.]*$", "." + parts[2]);
        String course = """
                {"type":"BHV","kind":"CERTIFIED","maxParticipants":5,"location":"Utrecht",
                 "days":[{"date":"%s","startTime":"09:00","endTime":"17:00"}]}""";
        String future = LocalDate.now().plusDays(30).toString();
        String longText = "x".repeat(5_000);
        String holders251 = JSON.writeValueAsString(Map.of("holderIds",
                IntStream.range(0, 251).mapToObj(i -> holderId).toList(), "scope", "ALL"));

        List<Attempt> attempts = new ArrayList<>(List.of(
                // malformed and mistyped bodies
                new Attempt("not JSON", "POST", "/courses", admin, "{\"type\":", 400),
                new Attempt("an array", "POST", "/courses", admin, "[1,2]", 400),
                new Attempt("a number", "POST", "/courses", admin, "12", 400),
                new Attempt("a text", "POST", "/students", admin, "\"Jan\"", 400),
                new Attempt("seats as text", "POST", "/courses", admin, course.formatted(future).replace("5", "\"ten\""), 400),
                new Attempt("a fraction of a seat", "POST", "/courses", admin, course.formatted(future).replace("5", "12.7"), 400),
                new Attempt("a date that is no date", "POST", "/courses", admin, course.formatted("yesterday"), 400),
                new Attempt("the end of time", "POST", "/courses", admin, course.formatted("+999999999-12-31"), 400),
                new Attempt("a day in the past", "POST", "/courses", admin, course.formatted("2020-01-01"), 400),
                new Attempt("an unknown field", "POST", "/courses", admin, course.formatted(future).replace("{\"type\"", "{\"admin\":true,\"type\""), 400),
                new Attempt("a huge location", "POST", "/courses", admin, course.formatted(future).replace("Utrecht", longText), 400),
                new Attempt("no body", "POST", "/students", admin, null, 400),
                new Attempt("a huge first name", "POST", "/students", admin, "{\"firstName\":\"" + longText + "\",\"lastName\":\"B\",\"email\":\"a@b.nl\"}", 400),
                new Attempt("two addresses in one", "POST", "/students", admin, "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"x,y@example.nl\"}", 400),
                new Attempt("a birth date to come", "POST", "/students", admin, "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.nl\",\"birthDate\":\"2999-01-01\"}", 400),
                new Attempt("an organisation of another provider", "POST", "/students", admin, "{\"firstName\":\"A\",\"lastName\":\"B\",\"email\":\"a@b.nl\",\"organisationId\":\"" + joris.tenantId() + "\"}", 400),
                new Attempt("an organisation without name", "POST", "/organisations", admin, "{\"contactEmail\":\"a@b.nl\"}", 400),
                new Attempt("a huge organisation name", "POST", "/organisations", admin, "{\"name\":\"" + longText + "\"}", 400),
                new Attempt("an instructor without name", "POST", "/instructors", admin, "{\"email\":\"a@b.nl\"}", 400),
                new Attempt("a template with a broken tag", "POST", "/templates", admin, "{\"name\":\"T\",\"subject\":\"S\",\"body\":\"{{#x}}\"}", 400),
                new Attempt("an empty bundle", "POST", "/pass-bundles", contact, "{\"holderIds\":[],\"scope\":\"ALL\"}", 400),
                new Attempt("251 holders", "POST", "/pass-bundles", contact, holders251, 400),
                new Attempt("an unknown scope", "POST", "/pass-bundles", contact, "{\"holderIds\":[\"" + holderId + "\"],\"scope\":\"EVERYTHING\"}", 400),
                new Attempt("a holder of nobody", "POST", "/pass-bundles", contact, "{\"holderIds\":[\"no-such-holder\"],\"scope\":\"ALL\"}", 400),
                new Attempt("a file too large", "POST", "/courses/" + courseId + "/files", admin, "{\"name\":\"a.pdf\",\"contentType\":\"application/pdf\",\"size\":99999999}", 400),
                new Attempt("a file of a dangerous type", "POST", "/courses/" + courseId + "/files", admin, "{\"name\":\"a.html\",\"contentType\":\"text/html\",\"size\":10}", 400),
                new Attempt("a seat for nobody", "POST", "/courses/" + courseId + "/enrolments", admin, "{\"studentId\":\"nobody\",\"payer\":\"SELF\"}", 400),
                new Attempt("an invitation without audience", "POST", "/courses/" + courseId + "/invitations", admin, "{}", 400),
                new Attempt("no instructors to invite", "POST", "/courses/" + courseId + "/instructor-invitations", admin, "{\"instructorIds\":[]}", 400),
                // queries out of bounds
                new Attempt("a limit over 250", "GET", "/qualification-holders?limit=100000", contact, null, 400),
                new Attempt("a negative limit", "GET", "/qualification-holders?limit=-1", contact, null, 400),
                new Attempt("sorting by a secret column", "GET", "/qualification-holders?sort=password", contact, null, 400),
                new Attempt("a tampered cursor", "GET", "/qualification-holders?limit=2&cursor=" + tamper(cursor), contact, null, 400),
                new Attempt("a colleague's cursor", "GET", "/qualification-holders?limit=2&cursor=" + cursor, colleague, null, 400),
                new Attempt("a cursor of nothing", "GET", "/qualification-holders?cursor=AAAA", contact, null, 400),
                new Attempt("a catalogue of a strange provider", "GET", "/catalogue?provider=a%23b", null, null, 400),
                new Attempt("no courses at all", "GET", "/courses?limit=0", admin, null, 400),
                new Attempt("too many students at once", "GET", "/students?limit=251", admin, null, 400),
                new Attempt("a limit that is no number", "GET", "/instructors?limit=all", admin, null, 400),
                new Attempt("another provider's courses cursor", "GET", "/courses?limit=1&cursor=" + coursesCursor, otherAdmin, null, 400),
                new Attempt("a student with the planner's cursor", "GET", "/courses?limit=1&cursor=" + coursesCursor, student, null, 400),
                new Attempt("a tampered courses cursor", "GET", "/courses?limit=1&cursor=" + tamper(coursesCursor), admin, null, 400),
                new Attempt("the students' cursor on the courses", "GET", "/courses?limit=1&cursor=" + studentsCursor, admin, null, 400),
                new Attempt("the courses' cursor on a roster", "GET", "/courses/" + courseId + "/enrolments?cursor=" + coursesCursor, admin, null, 400),
                new Attempt("a catalogue cursor for another provider", "GET", "/catalogue?limit=1&provider=eerste-hulp-zuid&cursor=" + catalogueCursor, null, null, 400),
                new Attempt("a tampered catalogue cursor", "GET", "/catalogue?limit=1&cursor=" + tamper(catalogueCursor), null, null, 400),
                // other providers' and organisations' ids
                new Attempt("another provider's course", "GET", "/courses/" + otherCourseId, admin, null, 404),
                new Attempt("another provider's course changed", "PUT", "/courses/" + otherCourseId, admin, course.formatted(future), 404),
                new Attempt("another provider's course cancelled", "POST", "/courses/" + otherCourseId + "/cancel", admin, null, 404),
                new Attempt("enrolling on another provider's course", "POST", "/courses/" + otherCourseId + "/enrolments", admin, "{\"studentId\":\"" + daan.studentId() + "\",\"payer\":\"SELF\"}", 404),
                new Attempt("another provider's student", "GET", "/students/" + joris.studentId(), admin, null, 404),
                new Attempt("another provider's holder", "GET", "/qualification-holders/" + holderId, otherAdmin, null, 404),
                new Attempt("another organisation's holders", "GET", "/qualification-holders?organisationId=someone-else", contact, null, 404),
                new Attempt("another provider's course files", "GET", "/courses/" + otherCourseId + "/files", admin, null, 404),
                new Attempt("another provider's attendance list", "GET", "/courses/" + otherCourseId + "/attendance-list", admin, null, 404),
                new Attempt("someone else's bundle", "GET", "/pass-bundles/no-such-bundle", contact, null, 404),
                new Attempt("a key of two keys", "GET", "/courses/a%23COURSE%23b", admin, null, 404),
                new Attempt("a path out of its folder", "GET", "/students/..%2F..%2Fprovider", admin, null, 404),
                new Attempt("another student's certificate", "GET", "/me/enrolments/someone-elses/certificate", student, null, 404),
                // other roles
                new Attempt("a student creating a course", "POST", "/courses", student, course.formatted(future), 403),
                new Attempt("a contact creating a course", "POST", "/courses", contact, course.formatted(future), 403),
                new Attempt("a contact registering an instructor", "POST", "/instructors", contact, "{\"name\":\"I\",\"email\":\"i@b.nl\"}", 403),
                new Attempt("a student reading the holders", "GET", "/qualification-holders", student, null, 403),
                new Attempt("a contact importing holders", "POST", "/qualifications/imports", contact, "{}", 403),
                new Attempt("an admin asking a bundle", "POST", "/pass-bundles", admin, "{\"holderIds\":[\"" + holderId + "\"],\"scope\":\"ALL\"}", 403),
                new Attempt("a student asking a bundle", "POST", "/pass-bundles", student, "{\"holderIds\":[\"" + holderId + "\"],\"scope\":\"ALL\"}", 403),
                new Attempt("a contact writing a template", "POST", "/templates", contact, "{\"name\":\"T\",\"subject\":\"S\",\"body\":\"B\"}", 403),
                new Attempt("a student changing the provider", "PUT", "/provider", student, "{\"name\":\"Mine\"}", 403),
                new Attempt("a contact announcing a course file", "POST", "/courses/" + courseId + "/files", contact, "{\"name\":\"a.pdf\",\"contentType\":\"application/pdf\",\"size\":10}", 403),
                new Attempt("a student's attendance list", "GET", "/courses/" + courseId + "/attendance-list", student, null, 403),
                new Attempt("a contact inviting instructors", "POST", "/courses/" + courseId + "/instructor-invitations", contact, "{\"instructorIds\":[\"x\"]}", 403),
                // tokens
                new Attempt("no token", "GET", "/courses", null, null, 401),
                new Attempt("an expired token", "GET", "/courses", expired, null, 401),
                new Attempt("a forged signature", "GET", "/courses", forged, null, 401),
                new Attempt("an unsigned token", "GET", "/courses", unsigned, null, 401),
                new Attempt("claims made up under someone's signature", "POST", "/courses", selfMadeAdmin, course.formatted(future), 401),
                new Attempt("a token that is no token", "GET", "/students", "not.a.token", null, 401),
                // routes that do not exist
                new Attempt("a route nobody serves", "GET", "/admin", admin, null, 404),
                new Attempt("a method nobody serves", "DELETE", "/courses", admin, null, 404)));
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(60);
        runtime.aws().awaitEventsSettled(Duration.ofSeconds(60));
        Map<String, Map<String, AttributeValue>> tableBefore = table();
        int mailsBefore = runtime.ses().storedEmails().size();

        List<String> wrong = new ArrayList<>();
        for (Attempt attempt : attempts) {
            LocalApi.Reply reply = api.sendText(attempt.method(), attempt.path(), attempt.token(), attempt.body());
            if (reply.status() != attempt.status() || !reply.contentType().startsWith(PROBLEM)) {
                wrong.add(attempt.what() + ": " + attempt.method() + " " + attempt.path() + " answered "
                        + reply.status() + " " + reply.contentType() + " " + reply.body().substring(0, Math.min(200, reply.body().length())));
            }
        }

        assertThat(wrong).as("refused otherwise than expected").isEmpty();
        runtime.aws().awaitEventsSettled(Duration.ofSeconds(60));
        assertThat(table()).as("the table after the hostile requests").isEqualTo(tableBefore);
        assertThat(runtime.ses().storedEmails()).hasSize(mailsBefore);
        assertThat(karin.organisationId()).isNotBlank();
    }

    @Test
    void aSwitchedOffModulesRoutesAreRefusedNamingItAndChangeNothing() {
        String admin = token("admin@ehzuid.example");
        String switches = "{\"externalCourses\": %1$s, \"invitations\": %1$s, \"instructorInvitations\": %1$s, "
                + "\"customers\": %1$s, \"certificationData\": %1$s}";
        assertThat(api.sendText("PUT", "/settings/modules", admin, switches.formatted(false)).status()).isEqualTo(200);
        try {
            String unknown = "00000000-0000-4000-8000-000000000000";
            List<Attempt> attempts = List.of(
                    new Attempt("customers", "GET", "/organisations", admin, null, 403),
                    new Attempt("customers", "POST", "/organisations", admin, "{\"name\": \"Nieuw BV\"}", 403),
                    new Attempt("invitations", "GET", "/templates", admin, null, 403),
                    new Attempt("invitations", "POST", "/courses/" + unknown + "/invitations", admin, "{}", 403),
                    new Attempt("instructorInvitations", "GET", "/courses/" + unknown + "/instructor-candidates", admin,
                            null, 403),
                    new Attempt("certificationData", "POST", "/equipment-certifications", admin, "{}", 403),
                    new Attempt("externalCourses", "POST", "/courses", admin, "{\"kind\": \"EXTERNAL\"}", 403));
            runtime.aws().awaitEventsSettled(Duration.ofSeconds(60));
            Map<String, Map<String, AttributeValue>> tableBefore = table();

            List<String> wrong = new ArrayList<>();
            for (Attempt attempt : attempts) {
                LocalApi.Reply reply = api.sendText(attempt.method(), attempt.path(), attempt.token(), attempt.body());
                if (reply.status() != attempt.status() || !reply.contentType().startsWith(PROBLEM)
                        || !reply.json().path("detail").asText().contains(attempt.what())) {
                    wrong.add(attempt.method() + " " + attempt.path() + " answered " + reply.status() + " "
                            + reply.body());
                }
            }

            assertThat(wrong).as("not refused naming the module").isEmpty();
            runtime.aws().awaitEventsSettled(Duration.ofSeconds(60));
            assertThat(table()).as("the table after the refused requests").isEqualTo(tableBefore);
        } finally {
            api.sendText("PUT", "/settings/modules", admin, switches.formatted(true));
        }
    }

    /** Every item of the table by key: a test may scan, a function never does. */
    private static Map<String, Map<String, AttributeValue>> table() {
        return runtime.aws().dynamoDbClient().scanPaginator(b -> b.tableName(runtime.aws().tableName()).consistentRead(true))
                .items().stream()
                .collect(Collectors.toMap(item -> item.get("PK").s() + "|" + item.get("SK").s(), item -> item,
                        (a, b) -> a, TreeMap::new));
    }

    private static String tamper(String text) {
        char last = text.charAt(text.length() / 2);
        return text.substring(0, text.length() / 2) + (last == 'A' ? 'B' : 'A') + text.substring(text.length() / 2 + 1);
    }

    private static DemoUser user(String email) {
        return runtime.users().stream().filter(user -> user.email().equals(email)).findFirst().orElseThrow();
    }

    private static String token(String email) {
        return api.token(email);
    }
}
