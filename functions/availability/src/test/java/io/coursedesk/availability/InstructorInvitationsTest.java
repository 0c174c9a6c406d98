package io.coursedesk.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.ModuleSettings;
import io.coursedesk.shared.persistence.CourseRepository;
import io.coursedesk.shared.persistence.InstructorBookings;
import io.coursedesk.shared.persistence.ModuleSettingsRepository;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InstructorInvitationsTest {
    private static final LocalDate DAY = LocalDate.now(Zones.AMSTERDAM).plusDays(30);

    private final FunctionUnderTest api = ProviderFixture.function();
    private final ProviderFixture provider = new ProviderFixture(api, "CIBOT");

    @Test
    void listsQualifiedCandidatesWithThoseBookedOnACourseDayAsBusy() {
        Course course = provider.course("Basic Life Support", DAY, DAY.plusDays(1));
        Instructor free = provider.instructor("Anna de Vries", "basic life support");
        Instructor busy = provider.instructor("Bram Jansen", "Basic Life Support", "BHV");
        provider.instructor("Carla Smit", "BHV");
        provider.bookElsewhere(busy, DAY.plusDays(1));
        provider.bookElsewhere(free, DAY.plusDays(2));

        ApiGatewayResponse candidates = api.call(ApiGatewayEvents.get("/courses/" + course.id() + "/instructor-candidates")
                .bearer(provider.token));

        assertThat(candidates.status()).isEqualTo(200);
        assertThat(candidates.items()).extracting(c -> c.path("name").asText() + ":" + c.path("busy").asBoolean())
                .containsExactly("Anna de Vries:false", "Bram Jansen:true");
    }

    @Test
    void aSwitchedOffInstructorInvitationsModuleRefusesItsRoutesAndChangesNothing() {
        Course course = provider.course("Basic Life Support", DAY);
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        assertThat(invite(course, anna.id()).status()).isEqualTo(201);
        ModuleSettingsRepository modules = api.bean(ModuleSettingsRepository.class);
        modules.save(provider.tenantId, new ModuleSettings(EnumSet.complementOf(
                EnumSet.of(Module.INSTRUCTOR_INVITATIONS))), Instant.now());
        var before = provider.items();

        ApiGatewayResponse candidates = api.call(ApiGatewayEvents.get("/courses/" + course.id()
                + "/instructor-candidates").bearer(provider.token));
        for (ApiGatewayResponse reply : List.of(candidates, list(course), reinvite(course, anna),
                confirm(course, anna, "LEAD"), invite(course, anna.id()))) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.json().path("detail").asText()).contains("instructorInvitations");
        }
        assertThat(provider.items()).isEqualTo(before);

        modules.save(provider.tenantId, ModuleSettings.ALL_ON, Instant.now());
        assertThat(list(course).items()).extracting(i -> i.path("name").asText()).containsExactly("Anna de Vries");
    }

    @Test
    void invitesQualifiedInstructorsAndPublishesTheirSignedLinks() {
        Course course = provider.course("Basic Life Support", DAY);
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        Instructor bram = provider.instructor("Bram Jansen", "Basic Life Support");

        ApiGatewayResponse invited = invite(course, anna.id(), bram.id());

        assertThat(invited.status()).isEqualTo(201);
        ApiGatewayResponse statuses = list(course);
        assertThat(statuses.items()).extracting(i -> i.path("name").asText() + ":" + i.path("status").asText()
                        + ":" + i.path("round").asInt())
                .containsExactly("Anna de Vries:INVITED:1", "Bram Jansen:INVITED:1");
        assertThat(statuses.items().get(0).path("statusAt").asText()).isNotBlank();
        List<JsonNode> events = provider.events("InstructorInvited");
        assertThat(events).extracting(e -> e.path("instructorEmail").asText())
                .containsExactlyInAnyOrder(anna.email(), bram.email());
        JsonNode annaEvent = events.stream().filter(e -> e.path("instructorId").asText().equals(anna.id())).findFirst().orElseThrow();
        assertThat(annaEvent.path("eventId").asText()).isEqualTo("InstructorInvited:" + course.id() + ":" + anna.id() + ":1");
        assertThat(annaEvent.path("occurredAt").isTextual()).as("ISO-8601 instant").isTrue();
        String respondUrl = annaEvent.path("respondUrl").asText();
        assertThat(respondUrl).startsWith(api.url().toString() + "/respond/");
        assertThat(annaEvent.path("availableUrl").asText()).isEqualTo(respondUrl + "?answer=AVAILABLE");
        assertThat(annaEvent.path("unavailableUrl").asText()).isEqualTo(respondUrl + "?answer=UNAVAILABLE");
    }

    @Test
    void refusesBadInvitationsAndWritesNothing() {
        Course course = provider.course("Basic Life Support", DAY);
        Instructor qualified = provider.instructor("Anna de Vries", "Basic Life Support");
        Instructor unqualified = provider.instructor("Carla Smit", "BHV");
        Instructor busy = provider.instructor("Bram Jansen", "Basic Life Support");
        provider.bookElsewhere(busy, DAY);
        ProviderFixture other = new ProviderFixture(api, "Elders");
        Instructor foreignInstructor = other.instructor("Dirk Bos", "Basic Life Support");
        Course foreignCourse = other.course("Basic Life Support", DAY);
        Course cancelled = provider.course("Basic Life Support", CourseStatus.CANCELLED, DAY);
        Course started = provider.course("Basic Life Support", LocalDate.now(Zones.AMSTERDAM).minusDays(1), DAY);
        int items = provider.items().size();

        assertProblem(invite(course), 400, "instructorIds");
        assertProblem(invite(course, qualified.id(), qualified.id()), 400, "instructorIds[1]");
        assertProblem(invite(course, qualified.id(), unqualified.id()), 400, "instructorIds[1]");
        assertProblem(invite(course, qualified.id(), "no-such-instructor"), 404, null);
        assertProblem(invite(course, qualified.id(), foreignInstructor.id()), 404, null);
        assertProblem(invite(foreignCourse, qualified.id()), 404, null);
        assertProblem(invite(course, qualified.id(), busy.id()), 409, null);
        assertProblem(invite(cancelled, qualified.id()), 409, null);
        assertProblem(invite(started, qualified.id()), 409, null);
        ApiGatewayResponse badJson = api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token).jsonBody("{\"instructorIds\": {\"id\": 1}}"));
        assertProblem(badJson, 400, "instructorIds[0]");

        assertThat(provider.items()).hasSize(items);
        assertThat(provider.eventCount()).isZero();

        assertThat(invite(course, qualified.id()).status()).isEqualTo(201);
        assertProblem(invite(course, qualified.id()), 409, null);
        assertThat(provider.events("InstructorInvited")).hasSize(1);
    }

    @Test
    void anotherProvidersCourseIsNotFoundOnEveryRoute() {
        Course course = provider.course("Basic Life Support", DAY);
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        invite(course, anna.id());
        ProviderFixture other = new ProviderFixture(api, "Elders");
        String path = "/courses/" + course.id();
        int items = provider.items().size();
        long events = provider.eventCount();

        assertProblem(api.call(ApiGatewayEvents.get(path + "/instructor-candidates").bearer(other.token)), 404, null);
        assertProblem(api.call(ApiGatewayEvents.get(path + "/instructor-invitations").bearer(other.token)), 404, null);
        assertProblem(api.call(ApiGatewayEvents.post(path + "/instructor-invitations/" + anna.id() + "/confirm")
                .bearer(other.token).jsonBody(Map.of("role", "LEAD"))), 404, null);
        assertProblem(api.call(ApiGatewayEvents.post(path + "/instructor-invitations/" + anna.id() + "/reinvite")
                .bearer(other.token)), 404, null);
        assertProblem(api.call(ApiGatewayEvents.post(path + "/instructor-invitations/send-rejections")
                .bearer(other.token)), 404, null);
        assertProblem(api.call(ApiGatewayEvents.get("/courses/no-such-course/instructor-invitations")
                .bearer(provider.token)), 404, null);

        assertThat(provider.items()).hasSize(items);
        assertThat(provider.eventCount()).isEqualTo(events);
    }

    @Test
    void confirmsAnAvailableInstructorAsLeadBookingThemOnEveryCourseDay() {
        Course course = provider.course("Basic Life Support", DAY, DAY.plusDays(7));
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        Instructor bram = provider.instructor("Bram Jansen", "Basic Life Support");
        Instructor carla = provider.instructor("Carla Smit", "Basic Life Support");
        invite(course, anna.id(), bram.id(), carla.id());
        answer(anna, "AVAILABLE");
        answer(bram, "UNAVAILABLE");

        int items = provider.items().size();
        assertProblem(confirm(course, bram, "LEAD"), 409, null);
        assertProblem(confirm(course, anna, null), 400, "role");
        assertProblem(confirm(course, anna, "BOSS"), 400, "role");
        assertProblem(confirm(course, provider.instructor("Dirk Bos", "Basic Life Support"), "LEAD"), 404, null);
        assertThat(provider.items()).hasSize(items + 1); // Dirk himself, nothing else
        assertThat(provider.events("InstructorConfirmed")).isEmpty();

        ApiGatewayResponse confirmed = confirm(course, anna, "LEAD");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED_LEAD");
        Course stored = api.bean(CourseRepository.class).find(provider.tenantId, course.id()).orElseThrow();
        assertThat(stored.details().leadInstructorId()).isEqualTo(anna.id());
        assertThat(stored.details().secondInstructorId()).isNull();
        assertThat(api.bean(InstructorBookings.class).bookingsOn(provider.tenantId, anna.id(), course.details().dates()))
                .extracting(b -> b.date() + ":" + b.courseId())
                .containsExactlyInAnyOrder(DAY + ":" + course.id(), DAY.plusDays(7) + ":" + course.id());
        assertThat(provider.events("InstructorConfirmed")).singleElement().satisfies(e -> {
            assertThat(e.path("eventId").asText()).isEqualTo("InstructorConfirmed:" + course.id() + ":" + anna.id() + ":LEAD");
            assertThat(e.path("instructorEmail").asText()).isEqualTo(anna.email());
            assertThat(e.path("role").asText()).isEqualTo("LEAD");
        });

        // the confirmed instructor now teaches this course: busy for another course that day, not for this one
        Course sameDay = provider.course("Basic Life Support", DAY);
        assertThat(api.call(ApiGatewayEvents.get("/courses/" + sameDay.id() + "/instructor-candidates").bearer(provider.token))
                .items()).filteredOn(c -> c.path("instructorId").asText().equals(anna.id()))
                .singleElement().satisfies(c -> assertThat(c.path("busy").asBoolean()).isTrue());
        assertThat(api.call(ApiGatewayEvents.get("/courses/" + course.id() + "/instructor-candidates").bearer(provider.token))
                .items()).filteredOn(c -> c.path("instructorId").asText().equals(anna.id()))
                .singleElement().satisfies(c -> {
                    assertThat(c.path("busy").asBoolean()).isFalse();
                    assertThat(c.path("invitationStatus").asText()).isEqualTo("CONFIRMED_LEAD");
                });

        assertProblem(confirm(course, carla, "LEAD"), 409, null);
        assertProblem(reinvite(course, carla), 409, null);
        assertProblem(confirm(course, anna, "SECOND"), 409, null);
        assertThat(confirm(course, anna, "LEAD").status()).isEqualTo(200);
        assertThat(provider.events("InstructorConfirmed")).hasSize(2)
                .extracting(e -> e.path("eventId").asText()).containsOnly(
                        "InstructorConfirmed:" + course.id() + ":" + anna.id() + ":LEAD");

        assertThat(confirm(course, carla, "SECOND").status()).isEqualTo(200);
        Course withBoth = api.bean(CourseRepository.class).find(provider.tenantId, course.id()).orElseThrow();
        assertThat(withBoth.details().leadInstructorId()).isEqualTo(anna.id());
        assertThat(withBoth.details().secondInstructorId()).isEqualTo(carla.id());
        assertProblem(invite(course, provider.instructor("Erik Mol", "Basic Life Support").id()), 409, null);
    }

    @Test
    void sendsRejectionsToEveryoneElseWhoSaidAvailableOrDidNotAnswerOnce() {
        Course course = provider.course("Basic Life Support", DAY);
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        Instructor bram = provider.instructor("Bram Jansen", "Basic Life Support");
        Instructor carla = provider.instructor("Carla Smit", "Basic Life Support");
        Instructor dirk = provider.instructor("Dirk Bos", "Basic Life Support");
        invite(course, anna.id(), bram.id(), carla.id(), dirk.id());
        answer(anna, "AVAILABLE");
        answer(bram, "AVAILABLE");
        answer(carla, "UNAVAILABLE");

        assertProblem(sendRejections(course), 409, null);
        assertThat(provider.events("InstructorsRejected")).isEmpty();

        confirm(course, anna, "LEAD");
        ApiGatewayResponse sent = sendRejections(course);

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json()).extracting(i -> i.path("name").asText()).containsExactly("Bram Jansen", "Dirk Bos");
        assertThat(list(course).items()).extracting(i -> i.path("name").asText() + ":" + i.path("status").asText())
                .containsExactly("Anna de Vries:CONFIRMED_LEAD", "Bram Jansen:REJECTED", "Carla Smit:UNAVAILABLE",
                        "Dirk Bos:REJECTED");
        assertThat(provider.events("InstructorsRejected")).singleElement().satisfies(e ->
                assertThat(e.path("instructors")).extracting(i -> i.path("email").asText())
                        .containsExactlyInAnyOrder(bram.email(), dirk.email()));

        // sending again rejects nobody new and publishes nothing: the first sending's event was committed with it
        assertThat(sendRejections(course).json()).isEmpty();
        assertThat(provider.events("InstructorsRejected")).hasSize(1);
    }

    @Test
    void reinvitingStartsANewRoundWithANewMail() {
        Course course = provider.course("Basic Life Support", DAY);
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        invite(course, anna.id());
        answer(anna, "UNAVAILABLE");

        ApiGatewayResponse reinvited = reinvite(course, anna);

        assertThat(reinvited.status()).isEqualTo(200);
        assertThat(reinvited.json().path("status").asText()).isEqualTo("INVITED");
        assertThat(reinvited.json().path("round").asInt()).isEqualTo(2);
        assertThat(provider.events("InstructorInvited")).extracting(e -> e.path("round").asInt()).containsExactly(1, 2);
        assertProblem(reinvite(course, provider.instructor("Bram Jansen", "Basic Life Support")), 404, null);
    }

    private ApiGatewayResponse invite(Course course, String... instructorIds) {
        return api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token).jsonBody(Map.of("instructorIds", List.of(instructorIds))));
    }

    private ApiGatewayResponse list(Course course) {
        return api.call(ApiGatewayEvents.get("/courses/" + course.id() + "/instructor-invitations").bearer(provider.token));
    }

    private ApiGatewayResponse confirm(Course course, Instructor instructor, String role) {
        return api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations/" + instructor.id()
                + "/confirm").bearer(provider.token).jsonBody(role == null ? Map.of() : Map.of("role", role)));
    }

    private ApiGatewayResponse reinvite(Course course, Instructor instructor) {
        return api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations/" + instructor.id()
                + "/reinvite").bearer(provider.token));
    }

    private ApiGatewayResponse sendRejections(Course course) {
        return api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations/send-rejections")
                .bearer(provider.token));
    }

    /** Answers through the instructor's latest emailed link, as the page's button would. */
    private void answer(Instructor instructor, String answer) {
        String url = provider.events("InstructorInvited").stream()
                .filter(e -> e.path("instructorId").asText().equals(instructor.id()))
                .reduce((first, second) -> second).orElseThrow().path("respondUrl").asText();
        ApiGatewayResponse result = api.call(ApiGatewayEvents.post(url.substring(api.url().toString().length()))
                .formBody(Map.of("answer", answer)));
        assertThat(result.status()).as(result.body()).isEqualTo(200);
    }

    private static void assertProblem(ApiGatewayResponse result, int status, String field) {
        assertThat(result.status()).as(result.body()).isEqualTo(status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(result.json().path("errors")).extracting(e -> e.path("field").asText()).contains(field);
        }
    }
}
