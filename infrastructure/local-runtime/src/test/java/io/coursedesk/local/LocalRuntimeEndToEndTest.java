package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.operations.onboarding.OnboardCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local run as a person uses it: started on free ports, every request through the local HTTP API into the
 * functions' real Lambda jars, against the demo world it seeded through those same routes.
 */
class LocalRuntimeEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = "planner@veiligwerken.example";
    private static final String OTHER_ADMIN = "admin@ehzuid.example";
    private static final String STUDENT = "daan.visser@example.nl";
    private static final String HOOGLAND_CONTACT = "karin@hoogland.example";
    private static final String HOOGLAND_COLLEAGUE = "bas.dewit@hoogland.example";

    private static LocalRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = LocalRuntime.start(0, FreePort.find());
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void healthShowsEveryEmulatorAndFunctionUp() throws Exception {
        HttpResponse<String> response = send("GET", "/health", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("demoWorld").asText()).isEqualTo("READY");
        assertThat(health.get("emulators").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("dynamodb", "s3", "ses", "cognito", "eventBus");
        health.get("emulators").forEach(emulator -> assertThat(emulator.get("status").asText()).isEqualTo("UP"));
        assertThat(health.get("functions").has("EnrolmentFunction")).isTrue();
    }

    @Test
    void listsTheSeededDemoUsersOfEveryRole() throws Exception {
        JsonNode users = JSON.readTree(send("GET", "/local/users", null, null).body());

        List<String> roles = new ArrayList<>();
        users.forEach(user -> {
            String role = user.get("role").asText();
            List<String> fields = new ArrayList<>(List.of("email", "password", "name", "role", "tenantId"));
            if (role.equals("ORGANISATION_CONTACT")) {
                fields.add("organisationId");
            } else if (role.equals("STUDENT")) {
                fields.add("studentId");
            }
            assertThat(user.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(fields);
            roles.add(role);
        });
        assertThat(roles).contains("PROVIDER_ADMIN", "ORGANISATION_CONTACT", "STUDENT");
        assertThat(users.findValuesAsText("email")).contains(ADMIN, OTHER_ADMIN, STUDENT, HOOGLAND_COLLEAGUE);
        JsonNode daan = find(users, "email", STUDENT);
        assertThat(daan.get("tenantId").asText()).isEqualTo("veilig-werken");
        assertThat(daan.get("studentId").asText()).isEqualTo(claims(token(STUDENT)).get("custom:studentId"));
    }

    @Test
    void bothHooglandContactsSearchTheThreeHundredImportedHoldersAndTheOtherProviderSeesNone() throws Exception {
        JsonNode page = JSON.readTree(send("GET", "/qualification-holders?limit=250&sort=name", token(HOOGLAND_CONTACT),
                null).body());
        assertThat(page.get("items")).hasSize(250);
        JsonNode rest = JSON.readTree(send("GET", "/qualification-holders?limit=250&sort=name&cursor="
                + page.get("next").asText(), token(HOOGLAND_CONTACT), null).body());
        assertThat(rest.get("items").size()).isGreaterThanOrEqualTo(50);

        JsonNode zoe = JSON.readTree(send("GET", "/qualification-holders?q=zoe", token(HOOGLAND_COLLEAGUE), null).body());
        assertThat(zoe.get("items")).extracting(item -> item.get("name").asText()).contains("Zoë van 't Hek");
        String holderId = zoe.get("items").get(0).get("holderId").asText();
        JsonNode details = JSON.readTree(send("GET", "/qualification-holders/" + holderId, token(HOOGLAND_COLLEAGUE),
                null).body());
        assertThat(details.get("qualifications")).extracting(q -> q.get("code").asText())
                .containsExactlyInAnyOrder("DEH", "EHK");

        assertThat(send("GET", "/qualification-holders/" + holderId, token(OTHER_ADMIN), null).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(send("GET", "/qualification-holders", token(OTHER_ADMIN), null).body()).get("items"))
                .isEmpty();
    }

    @Test
    void aHooglandContactGetsAllPassesOfAPageOf250HoldersAsOneZipAndItsColleagueSeesNothingOfIt() throws Exception {
        // the imported holders (a DEH and an EHK each), not Sanne, who holds the finished demo course's certificate
        JsonNode page = JSON.readTree(send("GET", "/qualification-holders?limit=250&examType=Eerste%20Hulp&sort=qualificationNumber",
                token(HOOGLAND_CONTACT), null).body());
        List<String> holderIds = new ArrayList<>();
        page.get("items").forEach(item -> holderIds.add(item.get("holderId").asText()));
        String request = JSON.writeValueAsString(Map.of("holderIds", holderIds, "scope", "ALL"));
        List<String> tooMany = new ArrayList<>(holderIds);
        // the last of the 300 by number, which the first page of 250 by number does not hold
        tooMany.add(JSON.readTree(send("GET", "/qualification-holders?limit=1&examType=Eerste%20Hulp&sort=-qualificationNumber",
                token(HOOGLAND_CONTACT), null).body()).get("items").get(0).get("holderId").asText());

        HttpResponse<String> refused = send("POST", "/pass-bundles", token(HOOGLAND_CONTACT),
                JSON.writeValueAsString(Map.of("holderIds", tooMany, "scope", "ALL")));
        HttpResponse<String> accepted = send("POST", "/pass-bundles", token(HOOGLAND_CONTACT), request);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").get(0).get("field").asText()).isEqualTo("holderIds");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String bundleId = JSON.readTree(accepted.body()).get("bundleId").asText();
        JsonNode bundle = awaitBundle(bundleId);
        assertThat(bundle.get("status").asText()).isEqualTo("READY");
        assertThat(bundle.get("passCount").asInt()).isEqualTo(500);
        HttpResponse<InputStream> zip = HTTP.send(HttpRequest.newBuilder(URI.create(bundle.get("downloadUrl").asText()))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip.body())) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).hasSize(500).contains("99600953_Dhr._TEST_de_Tester_DEH_Diploma.pdf");
        assertThat(send("GET", "/pass-bundles/" + bundleId, token(HOOGLAND_COLLEAGUE), null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/pass-bundles/" + bundleId, token(OTHER_ADMIN), null).statusCode()).isEqualTo(404);
    }

    @Test
    void aStudentDownloadsTheAttendanceCertificateOfTheFinishedDemoCourse() throws Exception {
        String sanne = token("sanne.jansen@hoogland.example");
        JsonNode enrolments = JSON.readTree(send("GET", "/me/enrolments", sanne, null).body()).get("items");
        List<HttpResponse<String>> certificates = new ArrayList<>();
        for (JsonNode enrolment : enrolments) {
            certificates.add(send("GET", "/me/enrolments/" + enrolment.get("enrolmentId").asText() + "/certificate", sanne, null));
        }

        // the finished course's certificate; the courses still to come answer 409 saying from when
        assertThat(certificates).filteredOn(c -> c.statusCode() == 200).singleElement().satisfies(certificate -> {
            assertThat(certificate.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            assertThat(certificate.body()).startsWith("%PDF");
        });
        assertThat(certificates).filteredOn(c -> c.statusCode() == 409).hasSize(enrolments.size() - 1);
    }

    @Test
    void aStudentsTokenNamesTheStudentTheEnrolmentFunctionCreated() throws Exception {
        String studentId = claims(token(STUDENT)).get("custom:studentId").toString();

        HttpResponse<String> student = send("GET", "/students/" + studentId, token(ADMIN), null);

        assertThat(student.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(student.body()).get("email").asText()).isEqualTo(STUDENT);
        assertThat(claims(token(STUDENT))).containsEntry("custom:role", "STUDENT").containsEntry("custom:tenantId", "veilig-werken");
    }

    @Test
    void aPersonSignsInOnTheCognitoEmulatorWithTheirPasswordAndCallsTheApi() throws Exception {
        JsonNode identity = JSON.readTree(send("GET", "/local/identity", null, null).body());
        String password = find(JSON.readTree(send("GET", "/local/users", null, null).body()), "email", ADMIN)
                .get("password").asText();

        String idToken;
        try (CognitoIdentityProviderClient cognito = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                URI.create(identity.get("cognitoEndpoint").asText())).build()) {
            idToken = cognito.initiateAuth(b -> b.clientId(identity.get("clientId").asText())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", ADMIN, "PASSWORD", password))).authenticationResult().idToken();
        }
        HttpResponse<String> courses = send("GET", "/courses", idToken, null);

        assertThat(courses.statusCode()).isEqualTo(200);
        assertThat(claims(idToken)).containsEntry("custom:tenantId", "veilig-werken")
                .containsEntry("custom:role", "PROVIDER_ADMIN").containsEntry("aud", List.of(identity.get("clientId").asText()))
                .containsEntry("iss", identity.get("cognitoEndpoint").asText() + "/" + identity.get("userPoolId").asText());
        assertThat(send("GET", "/courses", idToken + "x", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aStudentWhoWritesTheirOwnTenantAndRoleGainsNothing() throws Exception {
        JsonNode identity = JSON.readTree(send("GET", "/local/identity", null, null).body());
        String email = "joris.hendriks@maasdal.example";
        String password = find(JSON.readTree(send("GET", "/local/users", null, null).body()), "email", email)
                .get("password").asText();
        try (CognitoIdentityProviderClient cognito = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                URI.create(identity.get("cognitoEndpoint").asText())).build()) {
            String accessToken = cognito.initiateAuth(b -> b.clientId(identity.get("clientId").asText())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", email, "PASSWORD", password)))
                    .authenticationResult().accessToken();
            // the emulator lets them (AWS would refuse: the client's WriteAttributes)
            cognito.updateUserAttributes(b -> b.accessToken(accessToken).userAttributes(
                    AttributeType.builder().name("custom:tenantId").value("veilig-werken").build(),
                    AttributeType.builder().name("custom:role").value("PROVIDER_ADMIN").build()));
        }

        String token = token(email);

        assertThat(claims(token)).containsEntry("custom:tenantId", "eerste-hulp-zuid").containsEntry("custom:role", "STUDENT");
        // creating a course is for provider admins
        assertThat(send("POST", "/courses", token, "{}").statusCode()).isEqualTo(403);
        // they still see their own enrolments at their own provider, and nothing of the provider they wrote in
        JsonNode own = JSON.readTree(send("GET", "/me/enrolments", token, null).body()).path("items");
        assertThat(own.findValuesAsText("courseType")).containsExactly("Basic Life Support");
        String veiligWerkenStudent = find(JSON.readTree(send("GET", "/local/users", null, null).body()), "email", STUDENT)
                .get("studentId").asText();
        assertThat(send("GET", "/students/" + veiligWerkenStudent, token, null).statusCode()).isIn(403, 404);
        assertThat(send("GET", "/students", token, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aNewStudentSignsUpConfirmsSignsInAndEnrolsInACourseOfTheCatalogueAndSeesOnlyTheirs() throws Exception {
        JsonNode identity = JSON.readTree(send("GET", "/local/identity", null, null).body());
        String clientId = identity.get("clientId").asText();
        String email = "nieuw-" + System.nanoTime() + "@example.nl";
        String password = "Mijn-Wachtwoord-1";
        String signUp = "{\"email\": \"" + email + "\", \"name\": \"Noor Nieuw\", \"providerId\": \"veilig-werken\", "
                + "\"password\": \"%s\"}";
        // the public route checks the password against the pool's policy, which the emulator does not
        HttpResponse<String> weak = send("POST", "/sign-up", null, signUp.formatted("geheim"));
        HttpResponse<String> signedUp = send("POST", "/sign-up", null, signUp.formatted(password));
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(JSON.readTree(weak.body()).findValuesAsText("field")).containsExactly("password");
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(201);
        String idToken;
        String accessToken;
        try (CognitoIdentityProviderClient cognito = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                URI.create(identity.get("cognitoEndpoint").asText())).build()) {
            // the code Cognito mails confirms the sign-up and verifies the email; the emulator's admin calls stand in
            String userPoolId = identity.get("userPoolId").asText();
            cognito.adminConfirmSignUp(b -> b.userPoolId(userPoolId).username(email));
            cognito.adminUpdateUserAttributes(b -> b.userPoolId(userPoolId).username(email).userAttributes(
                    AttributeType.builder().name("email").value(email).build(),
                    AttributeType.builder().name("email_verified").value("true").build()));
            var signedIn = cognito.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", email, "PASSWORD", password))).authenticationResult();
            idToken = signedIn.idToken();
            accessToken = signedIn.accessToken();
        }
        JsonNode course = null;
        for (JsonNode offered : JSON.readTree(send("GET", "/catalogue?provider=veilig-werken", null, null).body()).path("items")) {
            if (offered.get("freeSeats").asInt() > 1) {
                course = offered;
            }
        }
        assertThat(course).as("a course of the catalogue with seats").isNotNull();

        HttpResponse<String> enrolled = send("POST", "/courses/" + course.get("courseId").asText() + "/enrolments",
                idToken, "{\"payer\": \"SELF\"}");

        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        assertThat(claims(idToken)).containsEntry("custom:tenantId", "veilig-werken").containsEntry("custom:role", "STUDENT");
        assertThat(JSON.readTree(enrolled.body()).get("studentId").asText()).isEqualTo(claims(idToken).get("custom:studentId"));
        assertThat(JSON.readTree(send("GET", "/me/enrolments", idToken, null).body()).findValuesAsText("courseId"))
                .containsExactly(course.get("courseId").asText());
        assertThat(accessToken).isNotBlank();
    }

    @Test
    void aStudentOfOneProviderWhoSignsUpWithTheOtherSeesOnlyTheOthersDataThere() throws Exception {
        JsonNode identity = JSON.readTree(send("GET", "/local/identity", null, null).body());
        String password = find(JSON.readTree(send("GET", "/local/users", null, null).body()), "email", "sanne.jansen@hoogland.example")
                .get("password").asText();
        String atFirst = token("sanne.jansen@hoogland.example");
        assertThat(JSON.readTree(send("GET", "/me/enrolments", atFirst, null).body()).findValuesAsText("courseId")).isNotEmpty();

        String atSecond;
        try (CognitoIdentityProviderClient cognito = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                URI.create(identity.get("cognitoEndpoint").asText())).build()) {
            String clientId = identity.get("clientId").asText();
            Map<String, String> credentials = Map.of("USERNAME", "sanne.jansen@hoogland.example", "PASSWORD", password);
            String accessToken = cognito.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(credentials)).authenticationResult().accessToken();
            cognito.updateUserAttributes(b -> b.accessToken(accessToken).userAttributes(
                    AttributeType.builder().name("custom:providerId").value("eerste-hulp-zuid").build()));
            atSecond = cognito.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(credentials)).authenticationResult().idToken();
            // back to the first provider for the other tests
            cognito.updateUserAttributes(b -> b.accessToken(accessToken).userAttributes(
                    AttributeType.builder().name("custom:providerId").value("veilig-werken").build()));
        }

        assertThat(claims(atSecond)).containsEntry("custom:tenantId", "eerste-hulp-zuid").containsEntry("custom:role", "STUDENT");
        assertThat(claims(atSecond).get("custom:studentId")).isNotEqualTo(claims(atFirst).get("custom:studentId"));
        assertThat(JSON.readTree(send("GET", "/me/enrolments", atSecond, null).body()).findValuesAsText("courseId")).isEmpty();
        assertThat(send("GET", "/students/" + claims(atFirst).get("custom:studentId"), atSecond, null).statusCode())
                .isIn(403, 404);
    }

    @Test
    void anAdminGivesAContactPersonAnAccountWhoSignsInAndSeesOnlyTheirOrganisationsPeople() throws Exception {
        JsonNode identity = JSON.readTree(send("GET", "/local/identity", null, null).body());
        String hoogland = find(JSON.readTree(send("GET", "/local/users", null, null).body()), "email", HOOGLAND_CONTACT)
                .get("organisationId").asText();
        String email = "nieuwe-contactpersoon-" + System.nanoTime() + "@hoogland.example";

        HttpResponse<String> added = send("POST", "/organisations/" + hoogland + "/contacts", token(ADMIN),
                "{\"email\": \"" + email + "\", \"name\": \"Henk Hoogland\"}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String idToken;
        try (CognitoIdentityProviderClient cognito = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                URI.create(identity.get("cognitoEndpoint").asText())).build()) {
            // the password they choose at the first sign-in (Cognito mailed a temporary one)
            cognito.adminSetUserPassword(b -> b.userPoolId(identity.get("userPoolId").asText()).username(email)
                    .password("Eigen-Wachtwoord-1").permanent(true));
            idToken = cognito.initiateAuth(b -> b.clientId(identity.get("clientId").asText())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", email, "PASSWORD", "Eigen-Wachtwoord-1")))
                    .authenticationResult().idToken();
        }
        JsonNode people = JSON.readTree(send("GET", "/students", idToken, null).body());

        assertThat(claims(idToken)).containsEntry("custom:role", "ORGANISATION_CONTACT")
                .containsEntry("custom:organisationId", hoogland);
        assertThat(people.findValuesAsText("email")).contains("sanne.jansen@hoogland.example")
                .doesNotContain("daan.visser@example.nl", "lotte.deboer@sintjozef.example");

        // removed again: the account is disabled, so AWS refuses their next sign-in; a token given out before stays
        // valid until it expires (the pool's 60 minutes), and a token without the membership is refused
        String contactId = JSON.readTree(added.body()).get("contactId").asText();
        HttpResponse<String> removed = send("DELETE", "/organisations/" + hoogland + "/contacts/" + contactId,
                token(ADMIN), null);
        String afterRemoval;
        try (CognitoIdentityProviderClient cognito = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                URI.create(identity.get("cognitoEndpoint").asText())).build()) {
            assertThat(cognito.adminGetUser(b -> b.userPoolId(identity.get("userPoolId").asText()).username(email))
                    .enabled()).isFalse();
            // cognito-local still signs a disabled user in (AWS does not): the token trigger gives it no tenancy
            afterRemoval = cognito.initiateAuth(b -> b.clientId(identity.get("clientId").asText())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", email, "PASSWORD", "Eigen-Wachtwoord-1")))
                    .authenticationResult().idToken();
        }
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(claims(afterRemoval)).doesNotContainKeys("custom:tenantId", "custom:role", "custom:organisationId");
        assertThat(send("GET", "/students", afterRemoval, null).statusCode()).isEqualTo(403);
        SignedJWT before = SignedJWT.parse(idToken);
        assertThat(Duration.between(before.getJWTClaimsSet().getIssueTime().toInstant(),
                before.getJWTClaimsSet().getExpirationTime().toInstant())).isLessThanOrEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void anOperatorOnboardsANewProviderWhoseAdminSignsIn() throws Exception {
        JsonNode identity = JSON.readTree(send("GET", "/local/identity", null, null).body());
        String providerId = "brandweer-" + System.nanoTime();
        String admin = "planner@" + providerId + ".example";
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = OnboardCommand.run(new String[]{"--provider-id", providerId, "--name", "Brandweer Academie",
                "--notification-email", "planning@brandweer.example", "--admin-email", admin, "--admin-name", "Pieter",
                "--table", runtime.aws().tableName(), "--user-pool-id", identity.get("userPoolId").asText(),
                "--dynamodb-endpoint", runtime.aws().dynamoDbEndpoint().toString(),
                "--cognito-endpoint", identity.get("cognitoEndpoint").asText()}, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(err));

        assertThat(status).as(err.toString()).isZero();
        String idToken;
        try (CognitoIdentityProviderClient cognito = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                URI.create(identity.get("cognitoEndpoint").asText())).build()) {
            // the temporary password Cognito mails (the emulator mails nothing: set here); the first sign-in with it
            // is the NEW_PASSWORD_REQUIRED challenge, answered with the password the admin chooses
            cognito.adminSetUserPassword(b -> b.userPoolId(identity.get("userPoolId").asText()).username(admin)
                    .password("Tijdelijk-Wachtwoord-9").permanent(false));
            InitiateAuthResponse challenge = cognito.initiateAuth(b -> b.clientId(identity.get("clientId").asText())
                    .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", admin, "PASSWORD", "Tijdelijk-Wachtwoord-9")));
            assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
            idToken = cognito.respondToAuthChallenge(b -> b.clientId(identity.get("clientId").asText())
                    .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                    .challengeResponses(Map.of("USERNAME", admin, "NEW_PASSWORD", "Eigen-Wachtwoord-1")))
                    .authenticationResult().idToken();
        }
        assertThat(claims(idToken)).containsEntry("custom:tenantId", providerId).containsEntry("custom:role", "PROVIDER_ADMIN");
        HttpResponse<String> profile = send("GET", "/provider", idToken, null);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        assertThat(JSON.readTree(profile.body()).get("name").asText()).isEqualTo("Brandweer Academie");
    }

    @Test
    void aTokenForAnUnknownEmailIsAProblem404() throws Exception {
        HttpResponse<String> response = send("POST", "/local/token", null, "{\"email\": \"nobody@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theCatalogueIsPublicAndShowsTheNearlyFullCourse() throws Exception {
        HttpResponse<String> response = send("GET", "/catalogue?provider=veilig-werken", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode nearlyFull = find(JSON.readTree(response.body()).get("items"), "type", "Basic Life Support", "location",
                "Sint-Jozefschool, gymzaal");
        assertThat(nearlyFull.get("freeSeats").asInt()).isEqualTo(1);
    }

    @Test
    void aStudentEnrolsThroughTheRealEnrolmentJar() throws Exception {
        String courseId = courseAt("Opleidingscentrum Utrecht, Lokaal 1").get("courseId").asText();
        String token = token(STUDENT);

        HttpResponse<String> enrolled = send("POST", "/courses/" + courseId + "/enrolments", token, "{\"payer\": \"SELF\"}");

        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        JsonNode enrolment = JSON.readTree(enrolled.body());
        assertThat(enrolment.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(enrolment.get("studentId").asText()).isEqualTo(claims(token).get("custom:studentId"));
        JsonNode mine = JSON.readTree(send("GET", "/me/enrolments", token, null).body()).get("items");
        assertThat(mine.findValuesAsText("courseId")).contains(courseId);
    }

    @Test
    void anEnrolmentsConfirmationReachesTheMailViewerThroughTheBus() throws Exception {
        String courseId = courseAt("Opleidingscentrum Utrecht, Lokaal 2").get("courseId").asText();
        HttpResponse<String> student = send("POST", "/students", token(ADMIN), """
                {"firstName": "Mila", "lastName": "Mulder", "email": "mila.mulder@example.nl", "birthDate": "1998-03-14"}
                """);
        assertThat(student.statusCode()).as(student.body()).isEqualTo(201);
        String studentId = JSON.readTree(student.body()).get("studentId").asText();

        HttpResponse<String> enrolled = send("POST", "/courses/" + courseId + "/enrolments", token(ADMIN),
                "{\"studentId\": \"" + studentId + "\", \"payer\": \"SELF\"}");
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);

        StoredEmail mail = runtime.ses().awaitEmail(email -> email.recipients().stream()
                .anyMatch(recipient -> recipient.contains("mila.mulder@example.nl")), Duration.ofSeconds(20));
        assertThat(mail.subject()).startsWith("Bevestiging inschrijving BHV");
        assertThat(mail.html()).contains("Mila");
    }

    @Test
    void anEventTheTargetKeepsFailingOnEndsOnTheDeadLettersPage() throws Exception {
        // a poison event: its detail cannot be read, so every delivery fails
        runtime.aws().eventBus().publish("coursedesk.enrolment", "EnrolmentConfirmed",
                "{\"tenantId\": \"veilig-werken\", \"enrolmentId\": \"poison\", \"occurredAt\": \"not a time\"}");
        runtime.aws().eventBus().awaitIdle(Duration.ofSeconds(60));

        HttpRequest asJson = HttpRequest.newBuilder(URI.create(runtime.apiUrl() + "/local/dead-letters"))
                .header("Accept", "application/json").GET().build();
        JsonNode letters = JSON.readTree(HTTP.send(asJson, HttpResponse.BodyHandlers.ofString()).body());

        assertThat(letters).hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.get("functionId").asText()).isEqualTo("InvitationDispatchFunction");
        // the function ran and failed: Lambda's retries, then its on-failure record on the dispatch queue
        assertThat(letter.get("shape").asText()).isEqualTo("LAMBDA_FAILURE_RECORD");
        assertThat(letter.get("queue").asText()).isEqualTo("InvitationDispatchDeadLetterQueue");
        assertThat(letter.get("attempts").asInt()).isEqualTo(3);
        assertThat(runtime.aws().sqs().depth("InvitationDispatchDeadLetterQueue")).isEqualTo(1);
        assertThat(letter.get("event").get("detail").get("enrolmentId").asText()).isEqualTo("poison");
        HttpResponse<String> page = send("GET", "/local/dead-letters", null, null);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("poison");
    }

    @Test
    void theSeededEnrolmentsFillTheNearlyFullCourse() throws Exception {
        String courseId = courseAt("Sint-Jozefschool, gymzaal").get("courseId").asText();

        JsonNode roster = JSON.readTree(send("GET", "/courses/" + courseId + "/enrolments", token(ADMIN), null).body())
                .get("items");

        assertThat(roster).hasSize(3);
        assertThat(roster.findValuesAsText("status")).containsOnly("CONFIRMED");
    }

    @Test
    void anUnknownRouteIsAProblem404() throws Exception {
        HttpResponse<String> response = send("GET", "/no/such/route", token(ADMIN), null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anotherTenantCannotSeeTheFirstTenantsCourse() throws Exception {
        String courseId = courseAt("Opleidingscentrum Utrecht, Lokaal 2").get("courseId").asText();

        assertThat(send("GET", "/courses/" + courseId, token(ADMIN), null).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = send("GET", "/courses/" + courseId, token(OTHER_ADMIN), null);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Lokaal 2");
    }

    @Test
    void swaggerUiShowsTheWholeApisDocumentFirstThenEachFunctions() throws Exception {
        assertThat(send("GET", "/swagger-ui/", null, null).body()).contains("swagger-ui");
        String initializer = send("GET", "/swagger-ui/swagger-initializer.js", null, null).body();
        String firstDocument = initializer.replaceAll("(?s).*?\"url\":\"([^\"]+)\".*", "$1");
        String functionDocument = initializer.replaceAll("(?s).*?\"url\":\"(/openapi/[^\"]+)\".*", "$1");

        HttpResponse<String> merged = send("GET", firstDocument, null, null);
        HttpResponse<String> function = send("GET", functionDocument, null, null);

        assertThat(firstDocument).isEqualTo("/openapi.yaml");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(merged.body()).contains("openapi: \"3.1.0\"").contains("/courses").contains("/instructors");
        assertThat(function.statusCode()).isEqualTo(200);
        assertThat(function.body()).contains("openapi:");
    }

    private static JsonNode courseAt(String location) throws Exception {
        return find(JSON.readTree(send("GET", "/courses?limit=250", token(ADMIN), null).body()).get("items"), "location",
                location);
    }

    private static JsonNode find(JsonNode list, String... fieldsAndValues) {
        for (JsonNode element : list) {
            boolean matches = true;
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                matches &= fieldsAndValues[i + 1].equals(element.path(fieldsAndValues[i]).asText());
            }
            if (matches) {
                return element;
            }
        }
        throw new AssertionError("nothing with " + List.of(fieldsAndValues) + " in " + list);
    }

    private static String token(String email) throws Exception {
        HttpResponse<String> response = send("POST", "/local/token", null, "{\"email\": \"" + email + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("idToken").asText();
    }

    /** The bundle once its request event went through the relay, the bus and the generator (which starts cold). */
    private static JsonNode awaitBundle(String bundleId) throws Exception {
        runtime.aws().awaitEventsSettled(Duration.ofSeconds(120));
        return JSON.readTree(send("GET", "/pass-bundles/" + bundleId, token(HOOGLAND_CONTACT), null).body());
    }

    private static Map<String, Object> claims(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet().getClaims();
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(runtime.apiUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
