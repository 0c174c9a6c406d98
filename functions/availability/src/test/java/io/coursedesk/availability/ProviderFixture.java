package io.coursedesk.availability;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.HttpApiGateway;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.bus.PublishedEvent;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.persistence.InstructorRepository;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.InstructorBookings;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A provider of its own (a fresh tenant) with what its tests need in the table. */
final class ProviderFixture {
    static final String FUNCTION_ID = "AvailabilityFunction";
    private static final Duration EVENTS_SETTLE = Duration.ofSeconds(30);
    private static FunctionUnderTest function;

    final FunctionUnderTest api;
    final String tenantId = "t" + Ids.newId().replace("-", "").substring(0, 12);
    final String name;
    final String token;

    ProviderFixture(FunctionUnderTest api, String name) {
        this.api = api;
        this.name = name;
        this.token = api.adminToken(tenantId);
        api.bean(ProviderRepository.class).save(new Provider(tenantId, name, "planning@" + tenantId + ".example"));
    }

    /**
     * The availability function all its tests share, also behind the harness's gateway on a loopback port: the
     * answer links in its events point there, so they open in a browser as they would from a mail.
     */
    static synchronized FunctionUnderTest function() {
        if (function == null) {
            LocalAws aws = LocalAws.get();
            HttpApiGateway gateway = HttpApiGateway.start(aws.template(), 0);
            // the function reads the links' base URL when its context starts
            aws.publicBaseUrl(gateway.url());
            APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction();
            function = FunctionUnderTest.http(FUNCTION_ID, handler)
                    .withBeans(handler.getApplicationContext()::getBean).behind(gateway);
        }
        return function;
    }

    /** An open course on these dates, 09:30 to 17:30, without instructors. */
    Course course(String type, LocalDate... dates) {
        return course(type, CourseStatus.OPEN, dates);
    }

    Course course(String type, CourseStatus status, LocalDate... dates) {
        List<CourseDay> days = Arrays.stream(dates)
                .map(date -> new CourseDay(date, LocalTime.of(9, 30), LocalTime.of(17, 30))).toList();
        Course course = new Course(Ids.newId(), tenantId, new CourseDetails(type, CourseKind.CERTIFIED, null, null,
                days, 24, null, 12, "Schoenmakersstraat 12, Utrecht", false, false, false, null, Set.of()),
                status, 0, 0, Instant.now());
        api.aws().dynamoDbClient().putItem(b -> b.tableName(api.aws().tableName()).item(CourseItems.toItem(course)));
        return course;
    }

    Instructor instructor(String name, String... courseTypes) {
        Instructor instructor = new Instructor(Ids.newId(), tenantId, name,
                name.toLowerCase().replace(' ', '.') + "@example.org", Set.of(courseTypes), false, Instant.now());
        api.bean(InstructorRepository.class).add(instructor);
        return instructor;
    }

    /** Books the instructor for another course on these dates, as course creation would. */
    void bookElsewhere(Instructor instructor, LocalDate... dates) {
        api.bean(InstructorBookings.class).book(tenantId, instructor.id(), Ids.newId(), List.of(dates));
    }

    /** The details of the events of this tenant with that detail-type, in publishing order, once all are relayed. */
    List<JsonNode> events(String detailType) {
        api.aws().awaitEventsSettled(EVENTS_SETTLE);
        return api.aws().eventBus().published().stream()
                .filter(event -> event.detailType().equals(detailType)
                        && event.detail().path("tenantId").asText().equals(tenantId))
                .map(PublishedEvent::detail).toList();
    }

    /** Every event of this tenant. */
    long eventCount() {
        api.aws().awaitEventsSettled(EVENTS_SETTLE);
        return api.aws().eventBus().published().stream()
                .filter(event -> event.detail().path("tenantId").asText().equals(tenantId)).count();
    }

    /** Every item of this tenant (its outbox included), by key (a test-only scan). */
    List<Map<String, AttributeValue>> items() {
        // relaying marks outbox items: let it finish so two snapshots differ only by what the test did
        api.aws().awaitEventsSettled(EVENTS_SETTLE);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        api.aws().dynamoDbClient().scanPaginator(b -> b.tableName(api.aws().tableName())
                .filterExpression("begins_with(PK, :tenant)")
                .expressionAttributeValues(Map.of(":tenant", AttributeValue.fromS("T#" + tenantId + "#"))))
                .items().forEach(items::add);
        items.sort((a, b) -> (a.get("PK").s() + a.get("SK").s()).compareTo(b.get("PK").s() + b.get("SK").s()));
        return items;
    }
}
