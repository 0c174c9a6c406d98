package io.coursedesk.invitations.request;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.ses.StoredEmail;
import io.coursedesk.invitations.MailWorld;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.Student;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /courses/{courseId}/invitations}: from the HTTP request through the bus to the mails in the SES store. */
class CourseInvitationTest {
    /** Set before all tests rather than at class initialisation, so that a LocalStack run without Docker skips the class. */
    private static MailWorld WORLD;
    private static S3Client s3;

    private EventBus bus;
    private String tenant;
    private String token;
    private Course course;

    @BeforeAll
    static void s3Client() {
        WORLD = MailWorld.get();
        s3 = LocalCredentials.localClient(S3Client.builder(), WORLD.aws.s3().endpoint()).forcePathStyle(true).build();
    }

    @AfterAll
    static void closeS3() {
        if (s3 != null) {
            s3.close();
        }
    }

    @BeforeEach
    void setUp() {
        bus = WORLD.connectBus();
        tenant = WORLD.newTenant();
        token = WORLD.api.adminToken(tenant);
        course = WORLD.course(tenant, "BHV", null);
    }

    @Test
    void studentsGetTheInvitationWithCcAndAttachmentsAndTheRosterShowsThemInvited() {
        Student own = WORLD.student(tenant, "Lisa", "<b>de Boer</b>", null);
        Organisation viaContact = WORLD.organisation(tenant, "Zorggroep Noord", true);
        Student employee = WORLD.student(tenant, "Kees", "Mulder", viaContact);
        Student waiting = WORLD.student(tenant, "Wim", "Wachter", null);
        Enrolment ownEnrolment = WORLD.enrol(course, own, EnrolmentStatus.CONFIRMED);
        Enrolment employeeEnrolment = WORLD.enrol(course, employee, EnrolmentStatus.CONFIRMED);
        Enrolment waitingEnrolment = WORLD.enrol(course, waiting, EnrolmentStatus.WAITLISTED);
        byte[] pdf = randomBytes(300_000);
        byte[] notes = "Neem je ID-bewijs mee.\n".getBytes();
        String cc = "administratie@" + tenant + ".example";

        Map<String, Object> request = new HashMap<>();
        request.put("audience", "STUDENTS");
        request.put("subject", "Uitnodiging {{course.type}} voor {{student.firstName}}");
        request.put("body", "<p>Beste {{student.firstName}} {{student.lastName}},</p><p>Je bent welkom op {{course.date}} om "
                + "{{course.startTime}} in {{course.location}}.</p><p>{{provider.name}}</p>");
        request.put("cc", List.of(cc));
        request.put("attachments", List.of(
                attachment("Lesmateriaal BHV.pdf", "application/pdf", pdf),
                attachment("Praktische informatie – locatie.txt", "text/plain", notes)));
        ApiGatewayResponse response = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(request));

        assertThat(response.status()).isEqualTo(202);
        String invitationId = response.json().path("invitationId").asText();
        StoredEmail toOwn = WORLD.awaitEmailTo(own.email());
        StoredEmail toContact = WORLD.awaitEmailTo(viaContact.contactEmail());
        bus.awaitIdle(MailWorld.WAIT);

        assertThat(toOwn.subject()).isEqualTo("Uitnodiging BHV voor Lisa");
        assertThat(toOwn.html()).contains("Beste Lisa &lt;b&gt;de Boer&lt;/b&gt;,").doesNotContain("<b>de Boer");
        assertThat(toOwn.text()).contains("Beste Lisa <b>de Boer</b>,")
                .contains("Je bent welkom op 08-09-2031 om 09:30 in Utrecht, Stationsplein 1.");
        assertThat(toContact.text()).contains("Beste Kees Mulder,");
        for (StoredEmail mail : List.of(toOwn, toContact)) {
            assertThat(mail.cc().stream().map(MailWorld::bareAddress)).containsExactly(cc);
            assertThat(mail.attachments()).hasSize(2);
            assertThat(mail.attachments().get(0).filename()).isEqualTo("Lesmateriaal BHV.pdf");
            assertThat(mail.attachments().get(0).contentType()).isEqualTo("application/pdf");
            assertThat(mail.attachments().get(0).content()).isEqualTo(pdf);
            assertThat(mail.attachments().get(1).filename()).isEqualTo("Praktische informatie – locatie.txt");
            assertThat(mail.attachments().get(1).content()).isEqualTo(notes);
        }
        assertThat(WORLD.emailsTo(employee.email())).isEmpty();
        assertThat(WORLD.emailsTo(waiting.email())).isEmpty();
        assertThat(invitedAt(ownEnrolment)).isNotNull();
        assertThat(invitedAt(employeeEnrolment)).isNotNull();
        assertThat(invitedAt(waitingEnrolment)).isNull();
        assertThat(s3.listObjectsV2(b -> b.bucket(WORLD.aws.s3().bucket())
                .prefix("attachments/" + tenant + "/" + invitationId + "/")).contents())
                .extracting(S3Object::size).containsExactlyInAnyOrder((long) pdf.length, (long) notes.length);
    }

    @Test
    void aBulkTemplateSendsOneMailPerContactListingTheirStudentsAndOwnMailsToTheRest() {
        Organisation company = WORLD.organisation(tenant, "Installatiebedrijf Smits", false);
        Student first = WORLD.student(tenant, "Ahmed", "Yilmaz", company);
        Student second = WORLD.student(tenant, "Bea", "<i>Bos</i>", company);
        Student alone = WORLD.student(tenant, "Carl", "Claes", null);
        List<Enrolment> enrolments = List.of(WORLD.enrol(course, first, EnrolmentStatus.CONFIRMED),
                WORLD.enrol(course, second, EnrolmentStatus.CONFIRMED), WORLD.enrol(course, alone, EnrolmentStatus.CONFIRMED));
        Map<String, Object> template = new HashMap<>();
        template.put("name", "In-company");
        template.put("subject", "Deelnemers {{course.type}} op {{course.date}}");
        template.put("body", "<p>Beste,</p><p>Voor de cursus {{course.type}} zijn ingeschreven:</p>{{studentList}}"
                + "<p>{{student.firstName}}</p>");
        template.put("bulk", true);
        String templateId = WORLD.api.call(ApiGatewayEvents.post("/templates").bearer(token).jsonBody(template)).json()
                .path("templateId").asText();

        ApiGatewayResponse response = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(Map.of("audience", "STUDENTS", "templateId", templateId)));

        assertThat(response.status()).isEqualTo(202);
        StoredEmail toContact = WORLD.awaitEmailTo(company.contactEmail());
        StoredEmail toAlone = WORLD.awaitEmailTo(alone.email());
        bus.awaitIdle(MailWorld.WAIT);
        assertThat(toContact.subject()).isEqualTo("Deelnemers BHV op 08-09-2031");
        assertThat(toContact.html()).contains("<li>Ahmed Yilmaz</li>").contains("<li>Bea &lt;i&gt;Bos&lt;/i&gt;</li>");
        assertThat(toContact.text()).contains("- Ahmed Yilmaz\n- Bea <i>Bos</i>");
        assertThat(toAlone.text()).contains("Carl").doesNotContain("Ahmed");
        assertThat(WORLD.emailsTo(company.contactEmail())).hasSize(1);
        assertThat(WORLD.emailsTo(first.email())).isEmpty();
        assertThat(WORLD.emailsTo(second.email())).isEmpty();
        assertThat(enrolments).allSatisfy(enrolment -> assertThat(invitedAt(enrolment)).isNotNull());
    }

    @Test
    void theInstructorAudienceReachesTheCoursesInstructor() {
        Instructor instructor = WORLD.instructor(tenant, "Max Wilting");
        Course taught = WORLD.course(tenant, "BHV", instructor.id());

        ApiGatewayResponse response = WORLD.api.call(ApiGatewayEvents.post("/courses/" + taught.id() + "/invitations")
                .bearer(token).jsonBody(Map.of("audience", "INSTRUCTOR", "subject", "Lesmateriaal {{course.type}}",
                        "body", "<p>Hierbij het lesmateriaal voor {{course.date}}.</p>")));

        assertThat(response.status()).isEqualTo(202);
        StoredEmail mail = WORLD.awaitEmailTo(instructor.email());
        assertThat(mail.subject()).isEqualTo("Lesmateriaal BHV");
        assertThat(mail.text()).contains("Hierbij het lesmateriaal voor 08-09-2031.");
    }

    @Test
    void aCourseWithoutInstructorCannotInviteItsInstructor() {
        ApiGatewayResponse response = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(Map.of("audience", "INSTRUCTOR")));

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void aCancelledCourseSendsNoInvitations() {
        Course cancelled = WORLD.cancelledCourse(tenant, "BHV");

        ApiGatewayResponse response = WORLD.api.call(ApiGatewayEvents.post("/courses/" + cancelled.id() + "/invitations")
                .bearer(token).jsonBody(Map.of("audience", "STUDENTS")));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("detail").asText()).isEqualTo("The course is cancelled.");
    }

    @Test
    void attachmentsOverTwoMegabytesTogetherAreRefusedAndNothingIsSent() {
        Map<String, Object> request = Map.of("audience", "STUDENTS", "attachments", List.of(
                attachment("a.pdf", "application/pdf", randomBytes(1024 * 1024)),
                attachment("b.pdf", "application/pdf", randomBytes(1024 * 1024 + 1))));

        ApiGatewayResponse response = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(request));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().get("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("attachments");
        assertThat(errors.get(0).path("detail").asText()).contains("2097153 bytes").contains("2 MB");
        WORLD.aws.awaitEventsSettled(MailWorld.WAIT);
        assertThat(bus.published()).noneMatch(event -> event.detail().path("tenantId").asText().equals(tenant));
    }

    @Test
    void anInvitationTooLargeForTheBusIsRefusedAndLeavesNoAttachmentBehind() {
        // within the 50,000 characters a body may have, control characters are escaped six bytes each: 294 KB
        Map<String, Object> request = Map.of("audience", "STUDENTS", "subject", "Uitnodiging",
                "body", "<p>" + "\u0001".repeat(49_000) + "</p>",
                "attachments", List.of(attachment("a.pdf", "application/pdf", randomBytes(1024))));
        Map<String, Object> manyFiles = Map.of("audience", "STUDENTS", "attachments",
                IntStream.range(0, 11).mapToObj(i -> attachment(i + ".pdf", "application/pdf", randomBytes(10))).toList());

        ApiGatewayResponse tooLarge = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(request));
        ApiGatewayResponse tooMany = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(manyFiles));

        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(400);
        assertThat(tooLarge.json().path("errors").findValuesAsText("field")).containsExactly("body");
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.json().path("errors").findValuesAsText("field")).containsExactly("attachments");
        assertThat(s3.listObjectsV2(b -> b.bucket(WORLD.aws.s3().bucket()).prefix("attachments/" + tenant + "/"))
                .contents()).isEmpty();
        WORLD.aws.awaitEventsSettled(MailWorld.WAIT);
        assertThat(bus.published()).noneMatch(event -> event.detail().path("tenantId").asText().equals(tenant));
    }

    @Test
    void everyInvalidFieldIsNamedShapeFirstThenContent() {
        Map<String, Object> request = new HashMap<>();
        request.put("audience", "EVERYONE");
        request.put("cc", List.of("not-an-address"));
        request.put("body", "<p>{{student.shoeSize}}</p>");
        request.put("attachments", List.of(Map.of("filename", "x\u0007.pdf", "contentType", "pdf", "content", "@@@")));

        ApiGatewayResponse response = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(request));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("attachments[0].contentType",
                "attachments[0].filename", "audience", "cc[0]");
        request.put("audience", "STUDENTS");
        request.remove("cc");
        request.put("attachments", List.of(Map.of("filename", "x.pdf", "contentType", "application/pdf", "content", "@@@")));
        assertThat(WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(request)).json().path("errors").findValuesAsText("field"))
                .containsExactly("attachments[0].content");
        request.remove("attachments");
        JsonNode errors = WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations")
                .bearer(token).jsonBody(request)).json().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("subject", "body");
        assertThat(errors.get(1).path("detail").asText()).contains("{{student.shoeSize}}");
    }

    @Test
    void anotherProvidersCourseOrTemplateIsNotFound() {
        String other = WORLD.newTenant();
        Course foreignCourse = WORLD.course(other, "BHV", null);
        Map<String, Object> template = new HashMap<>();
        template.put("name", "Vreemd");
        template.put("subject", "x");
        template.put("body", "<p>x</p>");
        String foreignTemplate = WORLD.api.call(ApiGatewayEvents.post("/templates")
                .bearer(WORLD.api.adminToken(other)).jsonBody(template)).json().path("templateId").asText();

        assertThat(WORLD.api.call(ApiGatewayEvents.post("/courses/" + foreignCourse.id() + "/invitations").bearer(token)
                .jsonBody(Map.of("audience", "STUDENTS"))).status()).isEqualTo(404);
        assertThat(WORLD.api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/invitations").bearer(token)
                .jsonBody(Map.of("audience", "STUDENTS", "templateId", foreignTemplate))).status()).isEqualTo(404);
    }

    private java.time.Instant invitedAt(Enrolment enrolment) {
        return WORLD.enrolments.find(tenant, enrolment.courseId(), enrolment.id()).orElseThrow().invitedAt();
    }

    private static Map<String, Object> attachment(String filename, String contentType, byte[] content) {
        return Map.of("filename", filename, "contentType", contentType, "content", Base64.getEncoder().encodeToString(content));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
