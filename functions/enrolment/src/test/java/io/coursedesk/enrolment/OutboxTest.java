package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.harness.dynamodb.LocalStreamMapping;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.OutboxItems;
import io.coursedesk.shared.persistence.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Events leave through the outbox: committed with the change, relayed from the table's stream at least once. */
class OutboxTest extends FunctionTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final LocalStreamMapping relay = function.aws().outboxStream();
    private final EventBus bus = function.aws().eventBus();

    @AfterEach
    void relayAgain() {
        relay.resume();
    }

    @Test
    void anEventCommittedByAProcessThatDiedIsDeliveredWhenTheRelayRuns() throws Exception {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Fenna", null);
        function.aws().outboxStream().awaitCaughtUp(WAIT);
        relay.pause();

        // the function commits, answers and is gone: nothing of it runs any more
        FunctionUnderTest dying = enrolmentFunction();
        ApiGatewayResponse reply = dying.call(ApiGatewayEvents.post("/courses/" + courseId + "/enrolments")
                .bearer(tenant.adminToken).jsonBody("{\"studentId\":\"" + studentId + "\",\"payer\":\"SELF\"}"));
        dying.close();

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        String eventId = "EnrolmentConfirmed:" + reply.text("enrolmentId");
        Item waiting = function.item(OutboxItems.key(tenant.id, eventId));
        assertThat(waiting.string(OutboxItems.DETAIL_TYPE)).isEqualTo("EnrolmentConfirmed");
        assertThat(waiting.string(OutboxItems.RELAYED_AT)).isNull();
        assertThat(bus.published()).noneMatch(e -> e.detail().path("eventId").asText().equals(eventId));

        relay.resume();

        PublishedEvent event = bus.awaitPublished("EnrolmentConfirmed",
                e -> e.detail().path("eventId").asText().equals(eventId), WAIT);
        assertThat(event.detail().path("studentId").asText()).isEqualTo(studentId);
        function.aws().outboxStream().awaitCaughtUp(WAIT);
        Item relayed = function.item(OutboxItems.key(tenant.id, eventId));
        assertThat(Instant.parse(relayed.string(OutboxItems.RELAYED_AT))).isBefore(Instant.now().plusSeconds(1));
        assertThat(relayed.attributes().get(Table.EXPIRES_AT).n()).isNotNull();
    }

    @Test
    void aRefusedChangeWritesNoEvent() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Gijs", null);
        assertThat(tenant.enrol(tenant.adminToken, courseId, studentId, "SELF").status()).isEqualTo(201);

        ApiGatewayResponse twice = tenant.enrol(tenant.adminToken, courseId, studentId, "SELF");

        assertThat(twice.status()).isEqualTo(409);
        function.aws().awaitEventsSettled(WAIT);
        assertThat(bus.published()).filteredOn(e -> e.detail().path("tenantId").asText().equals(tenant.id)
                && e.detailType().startsWith("Enrolment")).hasSize(1);
    }

    @Test
    void aCapacityRaiseThatPromotesManyStaysWithinTheTransactionLimitAndARelayRefusedHalfwayDeliversTheRest() {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(1);
        int waiting = 60;
        List<String> inLine = new ArrayList<>();
        tenant.enrol(tenant.adminToken, courseId, tenant.createStudent("Eerste", null), "SELF");
        for (int i = 0; i < waiting; i++) {
            inLine.add(tenant.enrol(tenant.adminToken, courseId, tenant.createStudent("Wachtende" + i, null), "SELF")
                    .text("enrolmentId"));
        }
        function.aws().awaitEventsSettled(WAIT);
        // the bus fails the 20th promotion more often than the relay tries within one invocation
        String refused = "EnrolmentPromoted:" + inLine.get(19);
        bus.refuseEntries(entry -> entry.detail().contains(refused), 4);

        ApiGatewayResponse raised = tenant.asAdmin("PUT", "/courses/" + courseId,
                Tenant.course(1 + waiting, 30).toString());

        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(function.item(CourseItems.key(tenant.id, courseId)).integer(CourseItems.CONFIRMED_COUNT))
                .isEqualTo(1 + waiting);
        function.aws().awaitEventsSettled(WAIT);
        List<String> promotions = bus.published().stream()
                .filter(e -> e.detailType().equals("EnrolmentPromoted")
                        && e.detail().path("tenantId").asText().equals(tenant.id))
                .map(e -> e.detail().path("eventId").asText()).toList();
        Set<String> expected = inLine.stream().map(id -> "EnrolmentPromoted:" + id).collect(Collectors.toSet());
        assertThat(Set.copyOf(promotions)).isEqualTo(expected);
        // what followed the refused event was sent again (consumers deduplicate on the id); nothing was lost
        assertThat(promotions.stream().filter(refused::equals)).hasSize(1);
        assertThat(promotions.size()).isGreaterThan(waiting);
        assertThat(relay.failures()).isEmpty();
    }
}
