package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.shared.http.page.ListCursors;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.OrganisationResultItems;
import io.coursedesk.shared.persistence.OutboxItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.signing.SigningKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

/** Student invitations on licence seats (manual 000): inviting, mails, activation, revocation and unlinking. */
class StudentInvitationsTest extends FunctionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RACERS = 10;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterAll
    static void stopPool() throws InterruptedException {
        if (pool != null) {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anInviteeActivatesTheMailedLinkAndAppearsUnderTheContactsStudents() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Hoogland BV", 2);
        String contact = tenant.contactToken(organisationId);

        ApiGatewayResponse invited = invite(tenant, contact, "Sanne", "sanne@hoogland.nl", "Welkom bij de nascholing!");

        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.text("status")).isEqualTo("OPEN");
        String invitationId = invited.text("studentInvitationId");
        JsonNode mail = event(tenant, "StudentInvited:" + invitationId + ":1");
        assertThat(mail.path("message").asText()).isEqualTo("Welkom bij de nascholing!");
        assertThat(mail.path("email").asText()).isEqualTo("sanne@hoogland.nl");
        assertThat(mail.path("organisationName").asText()).isEqualTo("Hoogland BV");
        assertThat(mail.path("activationUrl").asText()).startsWith(System.getProperty(LocalAws.PUBLIC_BASE_URL_PROPERTY)
                + "/student-invitation-links/");
        assertThat(tenant.call(contact, "GET", "/organisations/" + organisationId, null).json().path("licencesUsed")
                .asInt()).isEqualTo(1);
        assertThat(tenant.call(contact, "GET", "/student-invitations?status=OPEN", null).items())
                .extracting(i -> i.path("studentInvitationId").asText()).containsExactly(invitationId);

        String studentId = tenant.createStudent("Sanne", null);
        String student = tenant.studentToken(studentId);
        ApiGatewayResponse accepted = accept(tenant, student, token(mail));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.text("studentId")).isEqualTo(studentId);
        assertThat(tenant.call(contact, "GET", "/students", null).items())
                .extracting(s -> s.path("studentId").asText()).containsExactly(studentId);
        ApiGatewayResponse details = tenant.call(contact, "GET", "/students/" + studentId, null);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.text("organisationId")).isEqualTo(organisationId);
        assertThat(details.json().path("completedCourses").isArray()).isTrue();
        ApiGatewayResponse dashboard = tenant.call(contact, "GET", "/organisations/" + organisationId + "/dashboard", null);
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        assertThat(dashboard.json().path("licences").asInt()).isEqualTo(2);
        assertThat(dashboard.json().path("licencesUsed").asInt()).isEqualTo(1);
        assertThat(dashboard.json().path("openInvitations")).isEmpty();
        assertThat(dashboard.json().path("students")).extracting(s -> s.path("studentId").asText())
                .containsExactly(studentId);

        ApiGatewayResponse again = accept(tenant, student, token(mail));
        ApiGatewayResponse byAnother = accept(tenant, tenant.studentToken(tenant.createStudent("Teun", null)), token(mail));

        for (ApiGatewayResponse reused : List.of(again, byAnother)) {
            assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
            assertThat(fields(reused)).containsExactly("token");
        }
        assertThat(tenant.call(contact, "GET", "/students", null).items()).hasSize(1);
        assertThat(seatsUsed(tenant, organisationId)).isEqualTo(1);
        assertThat(tenant.call(contact, "POST", "/students", Map.of("firstName", "Zelf", "lastName", "Gemaakt",
                "email", "zelf@hoogland.nl")).status()).isEqualTo(403);
    }

    @Test
    void tenInvitationsRacingForTheLastSeatGiveExactlyOne() throws Exception {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Racebaan BV", 3);
        String contact = tenant.contactToken(organisationId);
        assertThat(invite(tenant, contact, "Een", "een@racebaan.nl", null).status()).isEqualTo(201);
        assertThat(invite(tenant, contact, "Twee", "twee@racebaan.nl", null).status()).isEqualTo(201);
        CountDownLatch go = new CountDownLatch(1);

        List<Future<ApiGatewayResponse>> futures = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String name = "Racer" + i;
            futures.add(pool.submit(() -> {
                go.await();
                return invite(tenant, contact, name, name.toLowerCase() + "@racebaan.nl", null);
            }));
        }
        go.countDown();
        List<ApiGatewayResponse> replies = new ArrayList<>();
        for (Future<ApiGatewayResponse> future : futures) {
            replies.add(future.get(120, TimeUnit.SECONDS));
        }

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(RACERS - 1)
                .allSatisfy(r -> assertThat(r.text("detail")).contains("All licences of Racebaan BV are in use"));
        assertThat(seatsUsed(tenant, organisationId)).isEqualTo(3);
        assertThat(tenant.call(contact, "GET", "/student-invitations?status=OPEN", null).items()).hasSize(3);
    }

    @Test
    void aRevokedInvitationFreesItsSeatAndTellsTheInviteeOnlyWhenAsked() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Intrek BV", 1);
        String contact = tenant.contactToken(organisationId);
        String first = invite(tenant, contact, "Anna", "anna@intrek.nl", null).text("studentInvitationId");
        ApiGatewayResponse noSeat = invite(tenant, contact, "Bram", "bram@intrek.nl", null);
        assertThat(noSeat.status()).isEqualTo(409);
        assertThat(noSeat.contentType()).startsWith("application/problem+json");

        ApiGatewayResponse quietly = tenant.call(contact, "POST", "/student-invitations/" + first + "/revoke",
                Map.of("notify", false));

        assertThat(quietly.status()).as(quietly.toString()).isEqualTo(200);
        assertThat(quietly.text("status")).isEqualTo("REVOKED");
        assertThat(function.item(OutboxItems.key(tenant.id, "StudentInvitationRevoked:" + first)).isEmpty()).isTrue();
        assertThat(seatsUsed(tenant, organisationId)).isZero();
        ApiGatewayResponse second = invite(tenant, contact, "Bram", "bram@intrek.nl", null);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        String secondId = second.text("studentInvitationId");

        ApiGatewayResponse told = tenant.call(contact, "POST", "/student-invitations/" + secondId + "/revoke",
                Map.of("notify", true));

        assertThat(told.status()).isEqualTo(200);
        JsonNode notice = event(tenant, "StudentInvitationRevoked:" + secondId);
        assertThat(notice.path("email").asText()).isEqualTo("bram@intrek.nl");
        assertThat(seatsUsed(tenant, organisationId)).isZero();
        assertThat(tenant.call(contact, "POST", "/student-invitations/" + secondId + "/revoke",
                Map.of("notify", true)).status()).isEqualTo(409);
        assertThat(tenant.call(contact, "POST", "/student-invitations/" + secondId + "/resend", null).status())
                .isEqualTo(409);
        ApiGatewayResponse revokedLink = accept(tenant, tenant.studentToken(tenant.createStudent("Bram", null)),
                token(event(tenant, "StudentInvited:" + secondId + ":1")));
        assertThat(revokedLink.status()).as(revokedLink.toString()).isEqualTo(410);
        assertThat(fields(revokedLink)).containsExactly("token");
        assertThat(tenant.call(contact, "GET", "/student-invitations?status=REVOKED", null).items())
                .extracting(i -> i.path("studentInvitationId").asText()).containsExactlyInAnyOrder(first, secondId);
    }

    @Test
    void anInvitationSentAgainVoidsEarlierLinksAndAnExpiredOrForgedLinkIsRefused() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Herhaal BV", 1);
        String contact = tenant.contactToken(organisationId);
        String invitationId = invite(tenant, contact, "Cas", "cas@herhaal.nl", "Eerste").text("studentInvitationId");
        String path = "/student-invitations/" + invitationId;
        String student = tenant.studentToken(tenant.createStudent("Cas", null));

        ApiGatewayResponse resent = tenant.call(contact, "POST", path + "/resend", null);
        ApiGatewayResponse changed = tenant.call(contact, "PUT", path, Map.of("firstName", "Cas", "lastName", "de Boer",
                "email", "cas.deboer@herhaal.nl", "message", "Tweede"));

        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode latest = event(tenant, "StudentInvited:" + invitationId + ":3");
        assertThat(latest.path("email").asText()).isEqualTo("cas.deboer@herhaal.nl");
        assertThat(latest.path("message").asText()).isEqualTo("Tweede");
        assertThat(seatsUsed(tenant, organisationId)).isEqualTo(1);
        ApiGatewayResponse replaced = accept(tenant, student, token(event(tenant, "StudentInvited:" + invitationId + ":1")));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(410);
        assertThat(replaced.json().path("errors").get(0).path("detail").asText()).contains("newer invitation mail");

        ApiGatewayResponse expired = accept(tenant, student, signed(tenant.id, organisationId, invitationId, 3,
                Instant.now().minusSeconds(60)));
        ApiGatewayResponse forged = accept(tenant, student, token(latest).replace('A', 'B') + "x");
        Tenant other = new Tenant(function);
        ApiGatewayResponse otherTenant = accept(other, other.studentToken(other.createStudent("Cas", null)), token(latest));

        assertThat(expired.status()).as(expired.toString()).isEqualTo(410);
        assertThat(expired.json().path("errors").get(0).path("detail").asText()).contains("expired");
        for (ApiGatewayResponse refused : List.of(expired, forged, otherTenant)) {
            assertThat(fields(refused)).containsExactly("token");
        }
        assertThat(forged.status()).isEqualTo(400);
        assertThat(otherTenant.status()).isEqualTo(400);
        assertThat(accept(tenant, student, token(latest)).status()).isEqualTo(200);
    }

    @Test
    void theLinksPageTellsTheInviteeHowToActivateOrWhyTheLinkNoLongerWorks() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Pagina en Zonen", 1);
        String contact = tenant.contactToken(organisationId);
        String invitationId = invite(tenant, contact, "<script>Iris</script>", "iris@pagina.nl", null)
                .text("studentInvitationId");
        String first = token(event(tenant, "StudentInvited:" + invitationId + ":1"));
        assertThat(tenant.call(contact, "POST", "/student-invitations/" + invitationId + "/resend", null).status())
                .isEqualTo(200);
        String latest = token(event(tenant, "StudentInvited:" + invitationId + ":2"));

        ApiGatewayResponse open = tenant.call(null, "GET", "/student-invitation-links/" + latest, null);
        ApiGatewayResponse replaced = tenant.call(null, "GET", "/student-invitation-links/" + first, null);
        ApiGatewayResponse forged = tenant.call(null, "GET", "/student-invitation-links/not-a-token", null);

        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat(open.contentType()).startsWith("text/html");
        assertThat(open.body()).contains("Pagina en Zonen nodigt je uit als cursist")
                .contains("&lt;script&gt;Iris&lt;/script&gt;").doesNotContain("<script>")
                .contains("iris@pagina.nl").contains(latest);
        assertThat(replaced.status()).isEqualTo(410);
        assertThat(replaced.body()).contains("nieuwere uitnodiging");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body()).contains("Deze link is niet geldig.");
        assertThat(tenant.call(contact, "GET", "/student-invitations/" + invitationId, null).text("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void anotherOrganisationsOrProvidersInvitationIsNotFound() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Eigen BV", 1);
        String invitationId = invite(tenant, tenant.contactToken(organisationId), "Dirk", "dirk@eigen.nl", null)
                .text("studentInvitationId");
        String path = "/student-invitations/" + invitationId;
        String otherContact = tenant.contactToken(organisationWithLicences(tenant, "Ander BV", 1));
        Tenant otherTenant = new Tenant(function);
        String foreignContact = otherTenant.contactToken(organisationId);

        for (String contact : List.of(otherContact, foreignContact)) {
            assertThat(tenant.call(contact, "GET", path, null).status()).isEqualTo(404);
            assertThat(tenant.call(contact, "POST", path + "/resend", null).status()).isEqualTo(404);
            assertThat(tenant.call(contact, "POST", path + "/revoke", Map.of("notify", true)).status()).isEqualTo(404);
            assertThat(tenant.call(contact, "PUT", path, Map.of("firstName", "X", "lastName", "Y",
                    "email", "x@y.nl")).status()).isEqualTo(404);
            assertThat(tenant.call(contact, "GET", "/student-invitations", null).items()).isEmpty();
            assertThat(tenant.call(contact, "GET", "/organisations/" + organisationId + "/dashboard", null).status())
                    .isEqualTo(404);
        }
        assertThat(seatsUsed(tenant, organisationId)).isEqualTo(1);
        assertThat(tenant.call(tenant.contactToken(organisationId), "GET", path, null).text("status")).isEqualTo("OPEN");
    }

    @Test
    void malformedRequestsAreRefusedNamingEachField() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Vorm BV", 1);
        String contact = tenant.contactToken(organisationId);

        ApiGatewayResponse invalid = tenant.call(contact, "POST", "/student-invitations",
                Map.of("lastName", "", "email", "geen-adres", "message", "x".repeat(2001)));
        ApiGatewayResponse unknown = tenant.call(contact, "POST", "/student-invitations", Map.of("firstName", "Eva",
                "lastName", "Smit", "email", "eva@vorm.nl", "studentId", "s1"));
        ApiGatewayResponse noNotify = tenant.call(contact, "POST", "/student-invitations/x/revoke", Map.of());
        ApiGatewayResponse noToken = accept(tenant, tenant.studentToken(tenant.createStudent("Eva", null)), null);
        ApiGatewayResponse badStatus = tenant.call(contact, "GET", "/student-invitations?status=SOMETIMES", null);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("firstName", "lastName", "email", "message");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("studentId");
        assertThat(noNotify.status()).isEqualTo(400);
        assertThat(fields(noNotify)).containsExactly("notify");
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(fields(noToken)).containsExactly("token");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(fields(badStatus)).containsExactly("status");
        assertThat(seatsUsed(tenant, organisationId)).isZero();
        ApiGatewayResponse negative = tenant.asAdmin("PUT", "/organisations/" + organisationId, Map.of("name", "Vorm BV",
                "address", Tenant.ADDRESS, "contactName", "Carla Contact", "contactEmail", "carla@example.nl",
                "licences", -1));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative)).containsExactly("licences");
    }

    @Test
    void unlinkingFreesTheSeatAndTheStudentKeepsTheirHistory() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Vertrek BV", 1);
        String contact = tenant.contactToken(organisationId);
        String invitationId = invite(tenant, contact, "Femke", "femke@vertrek.nl", null).text("studentInvitationId");
        String studentId = tenant.createStudent("Femke", null);
        assertThat(accept(tenant, tenant.studentToken(studentId),
                token(event(tenant, "StudentInvited:" + invitationId + ":1"))).status()).isEqualTo(200);
        String courseId = tenant.createCourse(5);
        String enrolmentId = tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").text("enrolmentId");
        StartedCourseTest.startCourse(tenant, courseId);
        assertThat(tenant.asAdmin("PUT", "/courses/" + courseId + "/enrolments/" + enrolmentId + "/result",
                Map.of("present", true, "passed", true)).status()).isEqualTo(200);

        assertThat(resultsListOf(tenant, organisationId)).extracting(RecordedResult::enrolmentId)
                .containsExactly(enrolmentId);
        ApiGatewayResponse details = tenant.call(contact, "GET", "/students/" + studentId, null);
        assertThat(details.json().path("completedCourses")).singleElement().satisfies(course -> {
            assertThat(course.path("enrolmentId").asText()).isEqualTo(enrolmentId);
            assertThat(course.path("passed").asBoolean()).isTrue();
            assertThat(course.path("certificateExpiryDate").isTextual()).isTrue();
        });
        assertThat(tenant.call(contact, "GET", "/organisations/" + organisationId + "/dashboard", null).json()
                .path("recentlyCompleted")).extracting(c -> c.path("enrolmentId").asText()).containsExactly(enrolmentId);
        String otherContact = tenant.contactToken(organisationWithLicences(tenant, "Ander BV", 1));
        assertThat(tenant.call(otherContact, "POST", "/organisations/" + organisationId + "/students/" + studentId
                + "/unlink", null).status()).isEqualTo(404);

        ApiGatewayResponse unlinked = tenant.call(contact, "POST", "/organisations/" + organisationId + "/students/"
                + studentId + "/unlink", null);

        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(204);
        assertThat(seatsUsed(tenant, organisationId)).isZero();
        assertThat(resultsListOf(tenant, organisationId)).isEmpty();
        assertThat(tenant.call(contact, "GET", "/students/" + studentId, null).status()).isEqualTo(404);
        assertThat(tenant.call(contact, "GET", "/students", null).items()).isEmpty();
        ApiGatewayResponse kept = tenant.asAdmin("GET", "/students/" + studentId, null);
        assertThat(kept.json().path("organisationId").isNull()).isTrue();
        assertThat(kept.json().path("completedCourses")).hasSize(1);
        assertThat(tenant.call(contact, "POST", "/organisations/" + organisationId + "/students/" + studentId
                + "/unlink", null).status()).isEqualTo(404);
        assertThat(invite(tenant, contact, "Gerrit", "gerrit@vertrek.nl", null).status()).isEqualTo(201);
    }

    @Test
    void anAdminMovingAnInvitedStudentElsewhereFreesTheirSeatAndASeatHolderIsNotRemoved() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Verhuis BV", 1);
        String elsewhere = organisationWithLicences(tenant, "Nieuw Thuis BV", 1);
        String contact = tenant.contactToken(organisationId);
        String invitationId = invite(tenant, contact, "Hanna", "hanna@verhuis.nl", null).text("studentInvitationId");
        String studentId = tenant.createStudent("Hanna", null);
        assertThat(accept(tenant, tenant.studentToken(studentId),
                token(event(tenant, "StudentInvited:" + invitationId + ":1"))).status()).isEqualTo(200);
        assertThat(seatsUsed(tenant, organisationId)).isEqualTo(1);

        ApiGatewayResponse removal = tenant.asAdmin("DELETE", "/students/" + studentId, null);
        assertThat(removal.status()).isEqualTo(409);
        assertThat(removal.json().path("detail").asText()).contains("licence seat");

        ApiGatewayResponse moved = tenant.asAdmin("PUT", "/students/" + studentId, Map.of("firstName", "Hanna",
                "lastName", "Jansen", "email", "hanna@verhuis.nl", "organisationId", elsewhere));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(seatsUsed(tenant, organisationId)).isZero();
        assertThat(seatsUsed(tenant, elsewhere)).as("an admin's link takes no seat").isZero();
        assertThat(invite(tenant, contact, "Ids", "ids@verhuis.nl", null).status()).isEqualTo(201);
        assertThat(tenant.asAdmin("DELETE", "/students/" + studentId, null).status()).isEqualTo(204);
    }

    @Test
    void anOrganisationInvitesAnAddressOnceWhileItsInvitationIsOpen() {
        Tenant tenant = new Tenant(function);
        String organisationId = organisationWithLicences(tenant, "Eenmaal BV", 3);
        String contact = tenant.contactToken(organisationId);
        String first = invite(tenant, contact, "Iris", "iris@eenmaal.nl", null).text("studentInvitationId");
        String other = invite(tenant, contact, "Jop", "jop@eenmaal.nl", null).text("studentInvitationId");

        ApiGatewayResponse again = invite(tenant, contact, "Iris", "IRIS@eenmaal.nl", null);
        ApiGatewayResponse readdressed = tenant.call(contact, "PUT", "/student-invitations/" + other,
                Map.of("firstName", "Jop", "lastName", "Jansen", "email", "iris@eenmaal.nl"));

        for (ApiGatewayResponse reply : List.of(again, readdressed)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
            assertThat(fields(reply)).containsExactly("email");
        }
        assertThat(seatsUsed(tenant, organisationId)).isEqualTo(2);
        assertThat(tenant.call(contact, "POST", "/student-invitations/" + first + "/revoke",
                Map.of("notify", false)).status()).isEqualTo(200);
        assertThat(invite(tenant, contact, "Iris", "iris@eenmaal.nl", null).status()).isEqualTo(201);
        ApiGatewayResponse moved = tenant.call(contact, "PUT", "/student-invitations/" + other,
                Map.of("firstName", "Jop", "lastName", "Jansen", "email", "jop.jansen@eenmaal.nl"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(invite(tenant, contact, "Jop", "jop@eenmaal.nl", null).status()).as("the old address is free")
                .isEqualTo(201);
    }

    private static String organisationWithLicences(Tenant tenant, String name, int licences) {
        String organisationId = tenant.createOrganisation(name);
        ApiGatewayResponse set = tenant.asAdmin("PUT", "/organisations/" + organisationId, Map.of("name", name,
                "address", Tenant.ADDRESS, "contactName", "Carla Contact", "contactEmail", "carla@example.nl",
                "licences", licences));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("licences").asInt()).isEqualTo(licences);
        return organisationId;
    }

    private static ApiGatewayResponse invite(Tenant tenant, String contact, String firstName, String email,
                                             String message) {
        Map<String, Object> body = new HashMap<>(Map.of("firstName", firstName, "lastName", "Jansen", "email", email));
        if (message != null) {
            body.put("message", message);
        }
        return tenant.call(contact, "POST", "/student-invitations", body);
    }

    private static ApiGatewayResponse accept(Tenant tenant, String student, String token) {
        Map<String, Object> body = new HashMap<>();
        if (token != null) {
            body.put("token", token);
        }
        return tenant.call(student, "POST", "/student-invitations/accept", body);
    }

    /** The event's detail as its outbox item holds it. */
    private static JsonNode event(Tenant tenant, String eventId) {
        Item item = function.item(OutboxItems.key(tenant.id, eventId));
        assertThat(item.isEmpty()).as(eventId).isFalse();
        try {
            return JSON.readTree(item.string(OutboxItems.DETAIL));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(JsonNode invited) {
        String url = invited.path("activationUrl").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** A genuine token as the function signs it, for a moment of the test's choosing. */
    private static String signed(String tenantId, String organisationId, String invitationId, int round, Instant expiresAt) {
        return new SigningKey(System.getProperty(ListCursors.KEY_PROPERTY)).sign("student-invitation",
                String.join("\n", "v1", tenantId, organisationId, invitationId, Integer.toString(round),
                        Long.toString(expiresAt.getEpochSecond())));
    }

    /** The organisation's results list, which the course-results export reads. */
    private static List<RecordedResult> resultsListOf(Tenant tenant, String organisationId) {
        return new TableReads(function.aws().dynamoDbClient(), new Table(function.aws().tableName()))
                .partition(OrganisationItems.pk(tenant.id, organisationId), OrganisationResultItems.SK_PREFIX)
                .stream().map(OrganisationResultItems::fromItem).toList();
    }

    private static int seatsUsed(Tenant tenant, String organisationId) {
        Item organisation = function.item(TableReads.key(OrganisationItems.pk(tenant.id, organisationId),
                OrganisationItems.SK));
        Integer used = organisation.integer("seatsUsed");
        return used == null ? 0 : used;
    }
}
