package io.coursedesk.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages behind the mailed links: what they show, what they record, and when they refuse. */
class AnswerLinksTest {
    private static final LocalDate DAY = LocalDate.now(Zones.AMSTERDAM).plusDays(21);

    private final FunctionUnderTest api = ProviderFixture.function();
    private final ProviderFixture provider = new ProviderFixture(api, "CIBOT");
    private final Course course = provider.course("Basic Life Support", DAY);

    @Test
    void openingALinkShowsTheInvitationAndChangesNothing() {
        Instructor anna = provider.instructor("Anna <b>de</b> Vries", "Basic Life Support");
        invite(anna);
        var items = provider.items();
        long events = provider.eventCount();

        ApiGatewayResponse page = open(link(anna, "availableUrl"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.headers().get("Cache-Control")).isEqualTo("no-store");
        assertThat(page.headers().get("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.body()).contains("<html lang=\"nl\">", "Basic Life Support", "CIBOT",
                DAY.format(Zones.DUTCH_DATE) + ", 09:30 tot 17:30 uur", "Schoenmakersstraat 12, Utrecht",
                "Beste Anna &lt;b&gt;de&lt;/b&gt; Vries,", "<form method=\"post\"",
                "name=\"answer\" value=\"AVAILABLE\" class=\"primary\" autofocus>Ik ben beschikbaar</button>",
                "name=\"answer\" value=\"UNAVAILABLE\" class=\"secondary\">Ik ben niet beschikbaar</button>")
                .doesNotContain("<script");
        assertThat(open(link(anna, "unavailableUrl")).body())
                .contains("value=\"UNAVAILABLE\" class=\"primary\" autofocus>Ik ben niet beschikbaar");
        assertThat(open(link(anna, "respondUrl")).body()).contains("value=\"AVAILABLE\" class=\"primary\">");
        assertThat(provider.items()).isEqualTo(items);
        assertThat(provider.eventCount()).isEqualTo(events);
    }

    @Test
    void answeringRecordsTheAnswerThanksAndMayChangeItUntilTheProviderDecides() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        invite(anna);
        String url = link(anna, "respondUrl");

        ApiGatewayResponse thanks = answer(url, "AVAILABLE");

        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.body()).contains("Bedankt voor je antwoord!",
                "Je hebt aangegeven aanwezig te kunnen zijn voor een cursus <strong>Basic Life Support</strong> te geven "
                        + "voor <strong>CIBOT</strong> op <strong>" + DAY.format(Zones.DUTCH_DATE) + "</strong>.",
                "Je krijgt een definitief bericht wanneer CIBOT een instructeur gekozen heeft.");
        assertThat(status(anna)).isEqualTo("AVAILABLE");
        assertThat(provider.events("InstructorResponded")).singleElement().satisfies(e -> {
            assertThat(e.path("answer").asText()).isEqualTo("AVAILABLE");
            assertThat(e.path("instructorName").asText()).isEqualTo("Anna de Vries");
            assertThat(e.path("eventId").asText()).isEqualTo(idOf(anna, "AVAILABLE"));
        });

        assertThat(answer(url, "UNAVAILABLE").body()).contains("niet</strong> beschikbaar");
        assertThat(status(anna)).isEqualTo("UNAVAILABLE");
        assertThat(open(url).body()).contains("Je hebt al geantwoord: <strong>niet beschikbaar</strong>");
        var items = provider.items();
        assertThat(answer(url, "UNAVAILABLE").status()).isEqualTo(200);
        assertThat(provider.items()).isEqualTo(items);
        // the same answer again changes nothing, so it tells nobody anything new
        assertThat(provider.events("InstructorResponded")).extracting(e -> e.path("eventId").asText())
                .containsExactly(idOf(anna, "AVAILABLE"), idOf(anna, "UNAVAILABLE"));
    }

    @Test
    void aMissingOrUnknownAnswerGetsA400PageAndChangesNothing() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        invite(anna);
        String url = link(anna, "respondUrl");
        var items = provider.items();
        long events = provider.eventCount();

        for (Map<String, String> form : List.of(Map.<String, String>of(), Map.of("answer", ""),
                Map.of("answer", "MAYBE"), Map.of("answer", "available"))) {
            ApiGatewayResponse refused = api.call(ApiGatewayEvents.post(path(url)).formBody(form));
            assertThat(refused.status()).as(form.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("text/html");
            assertThat(refused.body()).contains("We hebben geen antwoord ontvangen", "Ik ben beschikbaar");
        }
        for (ApiGatewayEvents.Request odd : List.of(ApiGatewayEvents.post(path(url)),
                ApiGatewayEvents.post(path(url)).jsonBody(Map.of("answer", "AVAILABLE")))) {
            ApiGatewayResponse refused = api.call(odd);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("text/html");
        }
        assertThat(provider.items()).isEqualTo(items);
        assertThat(provider.eventCount()).isEqualTo(events);
    }

    @Test
    void aTamperedLinkShowsANotValidPage() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        Instructor bram = provider.instructor("Bram Jansen", "Basic Life Support");
        invite(anna, bram);
        String token = path(link(anna, "respondUrl")).substring("/respond/".length());
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(payload)).replace(anna.id(), bram.id()).getBytes());
        var items = provider.items();
        long events = provider.eventCount();

        for (String tampered : List.of(forgedPayload + "." + signature, payload + "." + flip(signature),
                payload, "not-a-token", payload + ".." + signature)) {
            ApiGatewayResponse get = open("/respond/" + tampered);
            ApiGatewayResponse post = answer("/respond/" + tampered, "AVAILABLE");
            for (ApiGatewayResponse refused : List.of(get, post)) {
                assertThat(refused.status()).as(tampered).isEqualTo(404);
                assertThat(refused.contentType()).startsWith("text/html");
                assertThat(refused.body()).contains("Deze link is niet geldig").doesNotContain("Exception", "Anna");
            }
        }
        assertThat(provider.items()).isEqualTo(items);
        assertThat(provider.eventCount()).isEqualTo(events);
    }

    @Test
    void aReinvitationVoidsTheLinksOfTheEarlierRound() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        invite(anna);
        String first = link(anna, "respondUrl");
        api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations/" + anna.id() + "/reinvite")
                .bearer(provider.token));
        String second = link(anna, "respondUrl");

        assertClosed(first, 410, "Je hebt een nieuwere uitnodiging voor deze cursus gekregen.");
        assertThat(answer(second, "AVAILABLE").status()).isEqualTo(200);
        assertThat(status(anna)).isEqualTo("AVAILABLE");
    }

    @Test
    void confirmingSomeoneVoidsTheOtherLinksAndTheirOwn() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        Instructor bram = provider.instructor("Bram Jansen", "Basic Life Support");
        Instructor carla = provider.instructor("Carla Smit", "Basic Life Support");
        invite(anna, bram, carla);
        answer(link(anna, "respondUrl"), "AVAILABLE");
        answer(link(bram, "respondUrl"), "AVAILABLE");
        ApiGatewayResponse confirmed = api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations/"
                + anna.id() + "/confirm").bearer(provider.token).jsonBody(Map.of("role", "LEAD")));
        assertThat(confirmed.status()).isEqualTo(200);

        assertClosed(link(anna, "respondUrl"), 410, "Je bent al bevestigd als instructeur voor deze cursus.");
        assertClosed(link(bram, "respondUrl"), 410, "Er is al een instructeur voor deze cursus gekozen.");
        assertClosed(link(carla, "availableUrl"), 410, "Er is al een instructeur voor deze cursus gekozen.");

        api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations/send-rejections")
                .bearer(provider.token));
        assertClosed(link(bram, "respondUrl"), 410, "Er is al een instructeur voor deze cursus gekozen.");
    }

    @Test
    void aCancelledCourseVoidsItsLinks() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        invite(anna);
        store(new Course(course.id(), course.tenantId(), course.details(), CourseStatus.CANCELLED, 0, 0, course.createdAt()));

        assertClosed(link(anna, "respondUrl"), 410, "Deze cursus is geannuleerd.");
    }

    @Test
    void assigningInstructorsDirectlyOnTheCourseVoidsTheLinks() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        Instructor bram = provider.instructor("Bram Jansen", "Basic Life Support");
        Instructor carla = provider.instructor("Carla Smit", "Basic Life Support");
        invite(anna, bram, carla);
        CourseDetails d = course.details();
        store(new Course(course.id(), course.tenantId(), new CourseDetails(d.type(), d.kind(), anna.id(), null,
                d.days(), d.certificateValidityMonths(), null, d.maxParticipants(), d.location(), false, false, false,
                null, d.requiredDocuments()), CourseStatus.OPEN, 0, 0, course.createdAt()));

        assertClosed(link(anna, "respondUrl"), 410, "Je bent al bevestigd als instructeur voor deze cursus.");
        assertThat(open(link(bram, "respondUrl")).status()).as("the second instructor is still sought").isEqualTo(200);

        store(new Course(course.id(), course.tenantId(), new CourseDetails(d.type(), d.kind(), anna.id(), carla.id(),
                d.days(), d.certificateValidityMonths(), null, d.maxParticipants(), d.location(), false, false, false,
                null, d.requiredDocuments()), CourseStatus.OPEN, 0, 0, course.createdAt()));

        assertClosed(link(bram, "respondUrl"), 410, "Er is al een instructeur voor deze cursus gekozen.");
        assertClosed(link(carla, "respondUrl"), 410, "Je bent al bevestigd als instructeur voor deze cursus.");
    }

    @Test
    void aLinkStopsWorkingOnceTheCourseHasStarted() {
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        invite(anna);
        CourseDetails d = course.details();
        LocalDate today = LocalDate.now(Zones.AMSTERDAM);
        store(new Course(course.id(), course.tenantId(), new CourseDetails(d.type(), d.kind(), null, null,
                List.of(new CourseDay(today.minusDays(1), LocalTime.of(9, 30), LocalTime.of(17, 30))),
                d.certificateValidityMonths(), null, d.maxParticipants(), d.location(), false, false, false, null,
                d.requiredDocuments()), CourseStatus.OPEN, 0, 0, course.createdAt()));

        assertClosed(link(anna, "respondUrl"), 410, "Deze cursus is al begonnen.");
    }

    private String idOf(Instructor instructor, String answer) {
        return "InstructorResponded:" + course.id() + ":" + instructor.id() + ":1:" + answer;
    }

    private void assertClosed(String url, int status, String explanation) {
        var items = provider.items();
        long events = provider.eventCount();
        for (ApiGatewayResponse page : List.of(open(url), answer(url, "AVAILABLE"), answer(url, "UNAVAILABLE"))) {
            assertThat(page.status()).isEqualTo(status);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body()).contains("Deze link is niet meer geldig", explanation).doesNotContain("<form");
        }
        assertThat(provider.items()).isEqualTo(items);
        assertThat(provider.eventCount()).isEqualTo(events);
    }

    private void invite(Instructor... instructors) {
        ApiGatewayResponse invited = api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token).jsonBody(Map.of("instructorIds", List.of(instructors).stream().map(Instructor::id).toList())));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
    }

    /** The link of the instructor's latest invitation mail. */
    private String link(Instructor instructor, String which) {
        return provider.events("InstructorInvited").stream()
                .filter(e -> e.path("instructorId").asText().equals(instructor.id()))
                .reduce((first, second) -> second).orElseThrow().path(which).asText();
    }

    private String status(Instructor instructor) {
        JsonNode list = api.call(ApiGatewayEvents.get("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token)).items();
        for (JsonNode invitation : list) {
            if (invitation.path("instructorId").asText().equals(instructor.id())) {
                return invitation.path("status").asText();
            }
        }
        throw new AssertionError(instructor.name() + " is not invited");
    }

    private ApiGatewayResponse open(String url) {
        return api.call(ApiGatewayEvents.get(path(url)));
    }

    private ApiGatewayResponse answer(String url, String answer) {
        return api.call(ApiGatewayEvents.post(path(url)).formBody(Map.of("answer", answer)));
    }

    private String path(String url) {
        return url.startsWith(api.url().toString()) ? url.substring(api.url().toString().length()) : url;
    }

    private void store(Course changed) {
        api.aws().dynamoDbClient().putItem(b -> b.tableName(api.aws().tableName()).item(CourseItems.toItem(changed)));
    }

    /** Changes the first character, which (unlike the last) carries only significant bits. */
    private static String flip(String text) {
        return (text.charAt(0) == 'A' ? 'B' : 'A') + text.substring(1);
    }
}
