package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.enrolment.course.CourseRequest;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.ListPages;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CourseRoutesTest extends FunctionTest {
    private Map<String, AttributeValue> storedCourse(Tenant tenant, String courseId) {
        return function.item(CourseItems.key(tenant.id, courseId)).attributes();
    }

    @Test
    void createsACourseWithEveryFieldAndReadsItBack() {
        Tenant tenant = new Tenant(function);
        String instructorId = tenant.createInstructor("Ingrid");
        ObjectNode request = Tenant.course(12, 20).put("leadInstructorId", instructorId)
                .put("certificateExpiryDate", LocalDate.now(Zones.AMSTERDAM).plusYears(2).toString());
        ApiGatewayResponse created = tenant.asAdmin("POST", "/courses", request.toString());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String courseId = created.text("courseId");
        ApiGatewayResponse read = tenant.asAdmin("GET", "/courses/" + courseId, null);
        assertThat(read.status()).isEqualTo(200);
        JsonNode course = read.json();
        assertThat(course.path("type").asText()).isEqualTo("BHV");
        assertThat(course.path("kind").asText()).isEqualTo("CERTIFIED");
        assertThat(course.path("status").asText()).isEqualTo("OPEN");
        assertThat(course.path("leadInstructorId").asText()).isEqualTo(instructorId);
        assertThat(course.path("days")).hasSize(2);
        assertThat(course.path("days").get(0).path("startTime").asText()).startsWith("09:00");
        assertThat(course.path("days").get(0).path("date").asText())
                .isEqualTo(LocalDate.now(Zones.AMSTERDAM).plusDays(20).toString());
        assertThat(course.path("maxParticipants").asInt()).isEqualTo(12);
        assertThat(course.path("freeSeats").asInt()).isEqualTo(12);
        assertThat(course.path("code95").asBoolean()).isTrue();
        assertThat(course.path("location").asText()).isEqualTo("Utrecht");
        assertThat(course.path("certificateValidityMonths").asInt()).isEqualTo(12);
        assertThat(course.path("certificateExpiryDate").asText()).isEqualTo(request.path("certificateExpiryDate").asText());
        assertThat(course.path("remarks").asText()).isEqualTo("Neem lunch mee");
        assertThat(course.path("requiredDocuments")).hasSize(2);

        Map<String, AttributeValue> item = storedCourse(tenant, courseId);
        assertThat(item.get(CourseItems.CONFIRMED_COUNT).n()).isEqualTo("0");
        assertThat(item.get(Table.GSI2_PK).s()).isEqualTo("CATALOGUE#" + YearMonth.from(LocalDate.now(Zones.AMSTERDAM).plusDays(20)));

        ApiGatewayResponse list = tenant.asAdmin("GET", "/courses", null);
        assertThat(list.items()).extracting(c -> c.path("courseId").asText()).containsExactly(courseId);

        function.aws().eventBus().awaitPublished("CourseCreated",
                e -> e.detail().path("eventId").asText().equals("CourseCreated:" + courseId)
                        && e.source().equals("coursedesk.enrolment"), Duration.ofSeconds(5));
    }

    @Test
    void updatesACourseAndRemovesWhatTheNewDetailsLeaveOut() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.asAdmin("POST", "/courses",
                Tenant.course(5, 10).put("secondInstructorId", tenant.createInstructor("Sem")).toString()).text("courseId");
        ObjectNode changed = Tenant.course(8, 11).put("location", "Amersfoort");
        changed.remove("remarks");

        ApiGatewayResponse updated = tenant.asAdmin("PUT", "/courses/" + courseId, changed.toString());

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("location").asText()).isEqualTo("Amersfoort");
        Map<String, AttributeValue> item = storedCourse(tenant, courseId);
        assertThat(Item.of(item).integer(CourseItems.MAX_PARTICIPANTS)).isEqualTo(8);
        assertThat(item).doesNotContainKeys("remarks", CourseItems.SECOND_INSTRUCTOR);
    }

    @Test
    void cancelsACourseWhichThenLeavesTheCatalogue() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);

        ApiGatewayResponse cancelled = tenant.asAdmin("POST", "/courses/" + courseId + "/cancel", null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        // off the catalogue's index, onto the credit notes' (the daily run credits any debit notes of it)
        assertThat(storedCourse(tenant, courseId).get(Table.GSI2_PK).s()).isEqualTo(EnrolmentItems.CREDIT_NOTES_DUE);
        assertThat(tenant.asAdmin("POST", "/courses/" + courseId + "/cancel", null).status()).isEqualTo(409);
        assertThat(tenant.call(null, "GET", "/catalogue?provider=" + tenant.id, null).items()).isEmpty();
        function.aws().eventBus().awaitPublished("CourseCancelled",
                e -> e.detail().path("eventId").asText().equals("CourseCancelled:" + courseId), Duration.ofSeconds(5));
    }

    @Test
    void warnsAboutADoubleBookedInstructorAndBooksOnlyWithTheOverride() {
        Tenant tenant = new Tenant(function);
        String busy = tenant.createInstructor("Bas");
        String first = tenant.asAdmin("POST", "/courses",
                Tenant.course(5, 40).put("leadInstructorId", busy).toString()).text("courseId");
        ObjectNode clash = Tenant.course(5, 41).put("secondInstructorId", busy);

        ApiGatewayResponse refused = tenant.asAdmin("POST", "/courses", clash.toString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode conflict = refused.json().path("conflicts").get(0);
        assertThat(conflict.path("instructorId").asText()).isEqualTo(busy);
        assertThat(conflict.path("role").asText()).isEqualTo("SECOND");
        assertThat(conflict.path("otherCourseId").asText()).isEqualTo(first);
        assertThat(conflict.path("date").asText()).isEqualTo(LocalDate.now(Zones.AMSTERDAM).plusDays(41).toString());
        assertThat(tenant.asAdmin("GET", "/courses", null).items()).hasSize(1);

        ApiGatewayResponse booked = tenant.asAdmin("POST", "/courses", clash.put("overrideDoubleBooking", true).toString());

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.json().path("overriddenDoubleBookings")).hasSize(1);
        assertThat(tenant.asAdmin("GET", "/courses", null).items()).hasSize(2);
    }

    @Test
    void cancellingACourseFreesItsInstructor() {
        Tenant tenant = new Tenant(function);
        String instructorId = tenant.createInstructor("Xander");
        String first = tenant.asAdmin("POST", "/courses",
                Tenant.course(5, 50).put("leadInstructorId", instructorId).toString()).text("courseId");
        tenant.asAdmin("POST", "/courses/" + first + "/cancel", null);

        ApiGatewayResponse second = tenant.asAdmin("POST", "/courses", Tenant.course(5, 50).put("leadInstructorId", instructorId).toString());

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
    }

    @Test
    void refusesAnInvalidCourseNamingEveryFieldAndWritesNothing() {
        Tenant tenant = new Tenant(function);
        ObjectNode invalid = Tenant.course(0, 10);
        invalid.remove("type");
        invalid.remove("location");
        invalid.put("leadInstructorId", "no-such-instructor");
        invalid.put("secondInstructorId", new Tenant(function).createInstructor("Elders"));
        ((ObjectNode) invalid.path("days").get(0)).put("endTime", "08:00");
        ((ObjectNode) invalid.path("days").get(1)).put("date", LocalDate.now(Zones.AMSTERDAM).minusDays(3).toString());

        ApiGatewayResponse reply = tenant.asAdmin("POST", "/courses", invalid.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(fields(reply)).containsExactlyInAnyOrder("type", "maxParticipants", "location",
                "leadInstructorId", "secondInstructorId", "days[0].endTime", "days[1].date");
        assertThat(tenant.asAdmin("GET", "/courses", null).items()).isEmpty();
    }

    @Test
    void refusesNegativeCapacityNoDaysAndMissingKind() {
        Tenant tenant = new Tenant(function);
        ObjectNode invalid = Tenant.course(-3, 10);
        invalid.remove("kind");
        invalid.putArray("days");

        ApiGatewayResponse reply = tenant.asAdmin("POST", "/courses", invalid.toString());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactlyInAnyOrder("kind", "days", "maxParticipants");
    }

    @Test
    void refusesMalformedJsonAndWrongTypes() {
        Tenant tenant = new Tenant(function);

        ApiGatewayResponse malformed = tenant.asAdmin("POST", "/courses", "{\"type\": \"BHV\", ");
        ApiGatewayResponse wrongType = tenant.asAdmin("POST", "/courses", Tenant.course(5, 10).put("maxParticipants", "many").toString());
        ApiGatewayResponse wrongDate = tenant.asAdmin("POST", "/courses", Tenant.course(5, 10).toString().replaceFirst(
                "\"date\":\"[0-9-]+\"", "\"date\":\"31-02-2030\""));
        ApiGatewayResponse unknownEnum = tenant.asAdmin("POST", "/courses", Tenant.course(5, 10).put("kind", "ONLINE").toString());

        ApiGatewayResponse noBody = tenant.asAdmin("POST", "/courses", null);

        for (ApiGatewayResponse reply : List.of(malformed, wrongType, wrongDate, unknownEnum, noBody)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(fields(wrongType)).containsExactly("maxParticipants");
        assertThat(fields(wrongDate)).containsExactly("days[0].date");
        assertThat(fields(unknownEnum)).containsExactly("kind");
        assertThat(tenant.asAdmin("GET", "/courses", null).items()).isEmpty();
    }

    @Test
    void answers404ForUnknownAndMalformedCourseIds() {
        Tenant tenant = new Tenant(function);

        assertThat(tenant.asAdmin("GET", "/courses/does-not-exist", null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("GET", "/courses/a%23b", null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("GET", "/courses/" + "x".repeat(300), null).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("PUT", "/courses/nope", Tenant.course(3, 10).toString()).status()).isEqualTo(404);
        assertThat(tenant.asAdmin("POST", "/courses/nope/cancel", null).status()).isEqualTo(404);
    }

    @Test
    void onlyAdminsChangeCourses() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(3);
        String student = tenant.studentToken("s-1");
        String contact = tenant.contactToken("o-1");

        assertThat(tenant.call(student, "POST", "/courses", Tenant.course(3, 10).toString()).status()).isEqualTo(403);
        assertThat(tenant.call(contact, "POST", "/courses", Tenant.course(3, 10).toString()).status()).isEqualTo(403);
        assertThat(tenant.call(student, "PUT", "/courses/" + courseId, Tenant.course(3, 10).toString()).status()).isEqualTo(403);
        assertThat(tenant.call(contact, "POST", "/courses/" + courseId + "/cancel", null).status()).isEqualTo(403);
        assertThat(tenant.call(null, "GET", "/courses", null).status()).isEqualTo(401);
        assertThat(tenant.call(student, "GET", "/courses/" + courseId, null).status()).isEqualTo(200);
    }

    @Test
    void theCatalogueListsOpenFutureCoursesWithFreeSeatsWithoutAToken() {
        Tenant tenant = new Tenant(function);
        String open = tenant.createCourse(3);
        String full = tenant.createCourse(1);
        String student = tenant.createStudent("Vera", null);
        assertThat(tenant.enrol(tenant.adminToken, full, student, "SELF").status()).isEqualTo(201);
        Tenant other = new Tenant(function);
        other.createCourse(3);

        ApiGatewayResponse catalogue = tenant.call(null, "GET", "/catalogue?provider=" + tenant.id, null);

        assertThat(catalogue.status()).as(catalogue.toString()).isEqualTo(200);
        assertThat(catalogue.items()).extracting(c -> c.path("courseId").asText()).containsExactly(open);
        assertThat(catalogue.items().get(0).path("freeSeats").asInt()).isEqualTo(3);
        assertThat(catalogue.items().get(0).has("remarks")).isFalse();
        assertThat(catalogue.items().get(0).path("providerId").asText()).isEqualTo(tenant.id);
        ApiGatewayResponse invalid = tenant.call(null, "GET", "/catalogue?provider=a%23b", null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactly("provider");
    }

    @Test
    void anUnknownFieldOrAFractionOfASeatIsRefusedNotIgnored() {
        Tenant tenant = new Tenant(function);

        ApiGatewayResponse typo = tenant.asAdmin("POST", "/courses", Tenant.course(5, 20).put("maxParticipant", 8).toString());
        ApiGatewayResponse fraction = tenant.asAdmin("POST", "/courses", Tenant.course(5, 20).put("maxParticipants", 12.7).toString());

        assertThat(typo.status()).as(typo.toString()).isEqualTo(400);
        assertThat(fields(typo)).containsExactly("maxParticipant");
        assertThat(typo.json().path("errors").get(0).path("detail").asText()).isEqualTo("is not a field of this request");
        assertThat(fraction.status()).as(fraction.toString()).isEqualTo(400);
        assertThat(fields(fraction)).containsExactly("maxParticipants");
        assertThat(tenant.asAdmin("GET", "/courses", null).items()).isEmpty();
    }

    @Test
    void refusesCoursesTooLargeOrTooFarAheadNamingEachField() {
        Tenant tenant = new Tenant(function);
        ObjectNode manyDays = Tenant.course(5, 20);
        ArrayNode days = manyDays.putArray("days");
        LocalDate first = LocalDate.now(Zones.AMSTERDAM).plusDays(20);
        for (int i = 0; i <= CourseRequest.MAX_DAYS; i++) {
            days.addObject().put("date", first.plusDays(i).toString()).put("startTime", "09:00").put("endTime", "17:00");
        }
        ObjectNode farAhead = Tenant.course(5, 20);
        ((ObjectNode) farAhead.withArray("days").get(0)).put("date", "+999999999-12-31");

        ApiGatewayResponse longLocation = tenant.asAdmin("POST", "/courses", Tenant.course(5, 20).put("location", "x".repeat(5000)).toString());
        ApiGatewayResponse tooManyDays = tenant.asAdmin("POST", "/courses", manyDays.toString());
        ApiGatewayResponse endOfTime = tenant.asAdmin("POST", "/courses", farAhead.toString());

        assertThat(fields(longLocation)).as(longLocation.toString()).containsExactly("location");
        assertThat(fields(tooManyDays)).as(tooManyDays.toString()).containsExactly("days");
        assertThat(fields(endOfTime)).as(endOfTime.toString()).containsExactly("days[0].date");
        assertThat(tenant.asAdmin("GET", "/courses", null).items()).isEmpty();
    }

    @Test
    void studentsAndContactsSeeOpenCoursesWithoutTheProvidersInternals() {
        Tenant tenant = new Tenant(function);
        String instructor = tenant.createInstructor("Ilse");
        ApiGatewayResponse created = tenant.asAdmin("POST", "/courses",
                Tenant.course(5, 20).put("leadInstructorId", instructor).toString());
        String open = created.text("courseId");
        String cancelled = tenant.createCourse(5);
        assertThat(tenant.asAdmin("POST", "/courses/" + cancelled + "/cancel", null).status()).isEqualTo(200);
        String organisationId = tenant.createOrganisation("Kijkers BV");
        String student = tenant.createStudent("Stijn", organisationId);

        for (String token : List.of(tenant.studentToken(student), tenant.contactToken(organisationId))) {
            JsonNode listed = tenant.call(token, "GET", "/courses", null).items();
            assertThat(listed).extracting(c -> c.path("courseId").asText()).containsExactly(open);
            JsonNode course = tenant.call(token, "GET", "/courses/" + open, null).json();
            assertThat(course.path("remarks").isNull()).isTrue();
            assertThat(course.path("leadInstructorId").isNull()).isTrue();
            assertThat(course.path("location").asText()).isEqualTo("Utrecht");
            assertThat(tenant.call(token, "GET", "/courses/" + cancelled, null).status()).isEqualTo(404);
        }
        JsonNode asAdmin = tenant.asAdmin("GET", "/courses/" + open, null).json();
        assertThat(asAdmin.path("remarks").asText()).isEqualTo("Neem lunch mee");
        assertThat(asAdmin.path("leadInstructorId").asText()).isEqualTo(instructor);
        assertThat(tenant.asAdmin("GET", "/courses", null).items()).hasSize(2);
    }

    @Test
    void aWhiteLabelCourseTakesNoParticipantsAndIsNotInTheCatalogue() {
        Tenant tenant = new Tenant(function);
        ApiGatewayResponse created = tenant.asAdmin("POST", "/courses",
                Tenant.course(5, 20).put("whiteLabel", true).toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String courseId = created.text("courseId");
        String student = tenant.createStudent("Wim", null);

        ApiGatewayResponse enrol = tenant.enrol(tenant.adminToken, courseId, student, "SELF");
        ApiGatewayResponse selfEnrol = tenant.enrol(tenant.studentToken(student), courseId, null, "SELF");

        for (ApiGatewayResponse reply : List.of(enrol, selfEnrol)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().path("detail").asText()).contains("white-label");
        }
        assertThat(tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null).items()).isEmpty();
        assertThat(tenant.call(null, "GET", "/catalogue?provider=" + tenant.id, null).items()).isEmpty();

        ApiGatewayResponse opened = tenant.asAdmin("PUT", "/courses/" + courseId,
                Tenant.course(5, 20).put("whiteLabel", false).toString());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(tenant.call(null, "GET", "/catalogue?provider=" + tenant.id, null).items())
                .extracting(c -> c.path("courseId").asText()).containsExactly(courseId);
        assertThat(tenant.enrol(tenant.adminToken, courseId, student, "SELF").status()).isEqualTo(201);
    }

    @Test
    void withoutAProviderTheCatalogueListsEveryProvidersCoursesWithTheProvidersName() {
        Tenant first = new Tenant(function);
        Tenant second = new Tenant(function);
        first.asAdmin("PUT", "/provider", Map.of("name", "Opleider Een", "notificationEmail", "een@example.nl"));
        String soon = first.asAdmin("POST", "/courses", Tenant.course(4, 3).toString()).text("courseId");
        String later = second.asAdmin("POST", "/courses", Tenant.course(4, 200).toString()).text("courseId");

        // every provider's courses share the catalogue (other tests' too): read it to the end
        List<JsonNode> catalogue = ListPages.all(250, cursor -> first.call(null, "GET",
                "/catalogue?limit=250" + (cursor == null ? "" : "&cursor=" + cursor), null));

        List<String> ids = new ArrayList<>();
        catalogue.forEach(c -> ids.add(c.path("courseId").asText()));
        assertThat(ids).contains(soon, later);
        assertThat(ids.indexOf(soon)).isLessThan(ids.indexOf(later));
        JsonNode entry = catalogue.get(ids.indexOf(soon));
        assertThat(entry.path("providerName").asText()).isEqualTo("Opleider Een");
        assertThat(entry.path("providerId").asText()).isEqualTo(first.id);
    }

    @Test
    void aPriceIsKeptInEuroCentsShownToAdminsOnlyAndCheckedForRangeAndCents() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.asAdmin("POST", "/courses",
                Tenant.course(5, 20).put("price", new BigDecimal("249.95")).toString()).text("courseId");

        assertThat(Item.of(storedCourse(tenant, courseId)).longValue(CourseItems.PRICE_CENTS, -1)).isEqualTo(24995);
        assertThat(tenant.asAdmin("GET", "/courses/" + courseId, null).json().path("price").decimalValue())
                .isEqualByComparingTo("249.95");
        String student = tenant.createStudent("Pieter", null);
        assertThat(tenant.call(tenant.studentToken(student), "GET", "/courses/" + courseId, null).json()
                .path("price").isNull()).isTrue();

        for (String price : List.of("-0.01", "100000.01", "12.345")) {
            ApiGatewayResponse reply = tenant.asAdmin("PUT", "/courses/" + courseId,
                    Tenant.course(5, 20).put("price", new BigDecimal(price)).toString());
            assertThat(reply.status()).as(price).isEqualTo(400);
            assertThat(fields(reply)).as(price).containsExactly("price");
        }
        ApiGatewayResponse free = tenant.asAdmin("PUT", "/courses/" + courseId, Tenant.course(5, 20).toString());
        assertThat(free.json().path("price").isNull()).as(free.toString()).isTrue();
        assertThat(storedCourse(tenant, courseId)).doesNotContainKey(CourseItems.PRICE_CENTS);
    }

    static List<String> fields(ApiGatewayResponse reply) {
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }
}
