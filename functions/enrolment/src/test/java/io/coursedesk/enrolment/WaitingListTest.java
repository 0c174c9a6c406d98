package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingListTest extends FunctionTest {
    private static String status(Tenant tenant, String courseId, String enrolmentId) {
        return function.item(EnrolmentItems.key(tenant.id, courseId, enrolmentId)).string("status");
    }

    private static int confirmedCount(Tenant tenant, String courseId) {
        return function.item(CourseItems.key(tenant.id, courseId)).integer(CourseItems.CONFIRMED_COUNT);
    }

    /** Enrols {@code count} new students one after the other; returns their enrolment replies. */
    private static List<ApiGatewayResponse> enrolMany(Tenant tenant, String courseId, int count) {
        List<ApiGatewayResponse> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(tenant.enrol(tenant.adminToken, courseId, tenant.createStudent("Student" + i, null), "SELF"));
        }
        return replies;
    }

    @Test
    void aFullCoursePutsStudentsOnTheWaitingListInOrder() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(2);

        List<ApiGatewayResponse> replies = enrolMany(tenant, courseId, 4);

        assertThat(replies).extracting(ApiGatewayResponse::status).containsOnly(201);
        assertThat(replies).extracting(r -> r.text("status")).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED");
        assertThat(replies.get(2).json().path("waitingListPosition").asInt()).isEqualTo(1);
        assertThat(replies.get(3).json().path("waitingListPosition").asInt()).isEqualTo(2);
        assertThat(confirmedCount(tenant, courseId)).isEqualTo(2);
        String second = replies.get(3).text("enrolmentId");
        assertThat(function.aws().eventBus().awaitPublished("EnrolmentWaitlisted",
                e -> e.detail().path("eventId").asText().equals("EnrolmentWaitlisted:" + second), Duration.ofSeconds(5))
                .detail().path("position").asInt()).isEqualTo(2);
        ApiGatewayResponse roster = tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null);
        assertThat(roster.items()).extracting(e -> e.path("waitingListPosition").isNull() ? 0 : e.path("waitingListPosition").asInt())
                .containsExactly(0, 0, 1, 2);
    }

    @Test
    void onAPricedCourseASeatOrAPromotionMakesItsDebitNoteDueSevenDaysLaterAndAPlaceInLineOrNoPriceDoesNot() {
        Tenant tenant = new Tenant(function);
        String priced = tenant.asAdmin("POST", "/courses",
                Tenant.course(1, 30).put("price", new BigDecimal("150.00")).toString()).text("courseId");
        List<ApiGatewayResponse> replies = enrolMany(tenant, priced, 2);
        String seat = replies.get(0).text("enrolmentId");
        String inLine = replies.get(1).text("enrolmentId");
        String free = tenant.createCourse(1);
        String unpriced = enrolMany(tenant, free, 1).get(0).text("enrolmentId");
        String dueOn = LocalDate.now(Zones.AMSTERDAM).plusDays(7).toString();

        assertThat(dueKey(tenant, priced, seat)).isEqualTo(dueOn + "#" + tenant.id + "#" + seat);
        assertThat(dueKey(tenant, priced, inLine)).isNull();
        assertThat(dueKey(tenant, free, unpriced)).isNull();

        tenant.asAdmin("POST", "/courses/" + priced + "/enrolments/" + seat + "/cancel", null);

        assertThat(dueKey(tenant, priced, inLine)).isEqualTo(dueOn + "#" + tenant.id + "#" + inLine);
        assertThat(function.item(EnrolmentItems.key(tenant.id, priced, inLine)).string(
                Table.GSI2_PK)).isEqualTo(EnrolmentItems.DEBIT_NOTES_DUE);
    }

    private static String dueKey(Tenant tenant, String courseId, String enrolmentId) {
        return function.item(EnrolmentItems.key(tenant.id, courseId, enrolmentId))
                .string(Table.GSI2_SK);
    }

    @Test
    void cancellingASeatPromotesTheFirstInLine() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(2);
        List<ApiGatewayResponse> replies = enrolMany(tenant, courseId, 4);
        String confirmed = replies.get(0).text("enrolmentId");
        String firstInLine = replies.get(2).text("enrolmentId");
        String secondInLine = replies.get(3).text("enrolmentId");

        ApiGatewayResponse cancelled = tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/" + confirmed + "/cancel", null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(status(tenant, courseId, firstInLine)).isEqualTo("CONFIRMED");
        assertThat(status(tenant, courseId, secondInLine)).isEqualTo("WAITLISTED");
        assertThat(confirmedCount(tenant, courseId)).isEqualTo(2);
        function.aws().eventBus().awaitPublished("EnrolmentPromoted",
                e -> e.detail().path("eventId").asText().equals("EnrolmentPromoted:" + firstInLine), Duration.ofSeconds(5));
        ApiGatewayResponse roster = tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null);
        assertThat(roster.items()).filteredOn(e -> e.path("enrolmentId").asText().equals(secondInLine))
                .extracting(e -> e.path("waitingListPosition").asInt()).containsExactly(1);
    }

    @Test
    void cancellingAPlaceInLinePromotesNobody() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(1);
        List<ApiGatewayResponse> replies = enrolMany(tenant, courseId, 3);
        String firstInLine = replies.get(1).text("enrolmentId");
        String secondInLine = replies.get(2).text("enrolmentId");

        ApiGatewayResponse cancelled = tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/" + firstInLine + "/cancel", null);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(status(tenant, courseId, secondInLine)).isEqualTo("WAITLISTED");
        assertThat(confirmedCount(tenant, courseId)).isEqualTo(1);
        assertThat(function.aws().eventBus().awaitPublished("EnrolmentCancelled",
                e -> e.detail().path("eventId").asText().equals("EnrolmentCancelled:" + firstInLine), Duration.ofSeconds(5))
                .detail().path("wasConfirmed").asBoolean()).isFalse();
    }

    @Test
    void aCancelledSeatWithNobodyInLineIsFreeAgain() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(1);
        String enrolmentId = enrolMany(tenant, courseId, 1).get(0).text("enrolmentId");

        tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/" + enrolmentId + "/cancel", null);

        assertThat(confirmedCount(tenant, courseId)).isZero();
        assertThat(enrolMany(tenant, courseId, 1).get(0).text("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void raisingTheMaximumPromotesTheWaitingListAndLoweringItBelowTheConfirmedIsRefused() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(1);
        List<ApiGatewayResponse> replies = enrolMany(tenant, courseId, 4);

        ApiGatewayResponse raised = tenant.asAdmin("PUT", "/courses/" + courseId, Tenant.course(3, 30).toString());

        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(raised.json().path("confirmedCount").asInt()).isEqualTo(3);
        assertThat(status(tenant, courseId, replies.get(1).text("enrolmentId"))).isEqualTo("CONFIRMED");
        assertThat(status(tenant, courseId, replies.get(2).text("enrolmentId"))).isEqualTo("CONFIRMED");
        assertThat(status(tenant, courseId, replies.get(3).text("enrolmentId"))).isEqualTo("WAITLISTED");
        assertThat(tenant.asAdmin("PUT", "/courses/" + courseId, Tenant.course(2, 30).toString()).status()).isEqualTo(409);
        assertThat(confirmedCount(tenant, courseId)).isEqualTo(3);
    }

    @Test
    void aCancelledCourseChangesNoEnrolmentAndPromotesNobody() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(1);
        List<ApiGatewayResponse> replies = enrolMany(tenant, courseId, 2);
        String confirmed = replies.get(0).text("enrolmentId");
        String waiting = replies.get(1).text("enrolmentId");
        assertThat(tenant.asAdmin("POST", "/courses/" + courseId + "/cancel", null).status()).isEqualTo(200);

        ApiGatewayResponse cancelled = tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/" + confirmed + "/cancel", null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(409);
        assertThat(cancelled.json().path("detail").asText()).contains("cancelled");
        assertThat(status(tenant, courseId, confirmed)).isEqualTo("CONFIRMED");
        assertThat(status(tenant, courseId, waiting)).isEqualTo("WAITLISTED");
        function.aws().awaitEventsSettled(Duration.ofSeconds(30));
        assertThat(function.aws().eventBus().published()).noneMatch(e -> e.detailType().equals("EnrolmentPromoted")
                && e.detail().path("courseId").asText().equals(courseId));
    }
}
