package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.StudentItems;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity under concurrency: 50 students enrol at the same moment on a course with 10 seats, through the
 * real handler against DynamoDB Local in server mode; exactly 10 get a seat and 40 a place in line.
 */
class EnrolmentConcurrencyTest extends FunctionTest {
    private static final int STUDENTS = 50;
    private static final int SEATS = 10;

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(STUDENTS);
    }

    @AfterAll
    static void stopPool() throws InterruptedException {
        // null where the function's start was skipped before this class's own (LocalStack without Docker)
        if (pool != null) {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @RepeatedTest(20)
    void fiftyConcurrentEnrolmentsForTenSeatsConfirmExactlyTen() throws Exception {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(SEATS);
        List<String> students = writeStudents(tenant.id);
        List<String> tokens = students.stream().map(tenant::studentToken).toList();
        CountDownLatch go = new CountDownLatch(1);

        List<Future<ApiGatewayResponse>> futures = new ArrayList<>();
        for (String token : tokens) {
            futures.add(pool.submit(() -> {
                go.await();
                return tenant.enrol(token, courseId, null, "SELF");
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        List<ApiGatewayResponse> replies = new ArrayList<>();
        for (Future<ApiGatewayResponse> future : futures) {
            replies.add(future.get(120, TimeUnit.SECONDS));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
        assertThat(replies).filteredOn(r -> r.text("status").equals("CONFIRMED")).hasSize(SEATS);
        assertThat(replies).filteredOn(r -> r.text("status").equals("WAITLISTED")).hasSize(STUDENTS - SEATS);
        List<Item> stored = enrolmentItems(tenant, courseId);
        assertThat(stored).filteredOn(i -> i.string("status").equals("CONFIRMED")).hasSize(SEATS);
        assertThat(stored).filteredOn(i -> i.string("status").equals("WAITLISTED")).hasSize(STUDENTS - SEATS);
        Item course = function.item(CourseItems.key(tenant.id, courseId));
        assertThat(course.integer(CourseItems.CONFIRMED_COUNT)).isEqualTo(SEATS);
        ApiGatewayResponse roster = tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null);
        List<Integer> positions = new ArrayList<>();
        roster.items().forEach(e -> {
            if (!e.path("waitingListPosition").isNull()) {
                positions.add(e.path("waitingListPosition").asInt());
            }
        });
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, STUDENTS - SEATS).boxed().toList());
        System.out.printf("50 concurrent enrolments for 10 seats: %d ms%n", millis);
    }

    @RepeatedTest(5)
    void cancellationsRacingWithEnrolmentsNeverOverfillNorLeaveASeatEmptyWhileSomeoneWaits() throws Exception {
        Tenant tenant = new Tenant(function);
        String courseId = tenant.createCourse(SEATS);
        List<String> students = writeStudents(tenant.id);
        List<String> seated = new ArrayList<>();
        for (String student : students.subList(0, SEATS)) {
            seated.add(tenant.enrol(tenant.adminToken, courseId, student, "SELF").text("enrolmentId"));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiGatewayResponse>> futures = new ArrayList<>();
        for (String enrolmentId : seated.subList(0, SEATS / 2)) {
            futures.add(pool.submit(() -> {
                go.await();
                return tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/" + enrolmentId + "/cancel", null);
            }));
        }
        for (String student : students.subList(SEATS, SEATS + 20)) {
            futures.add(pool.submit(() -> {
                go.await();
                return tenant.enrol(tenant.studentToken(student), courseId, null, "SELF");
            }));
        }
        go.countDown();
        for (Future<ApiGatewayResponse> future : futures) {
            ApiGatewayResponse reply = future.get(120, TimeUnit.SECONDS);
            assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
        }

        List<Item> stored = enrolmentItems(tenant, courseId);
        long confirmed = stored.stream().filter(i -> i.string("status").equals("CONFIRMED")).count();
        long waiting = stored.stream().filter(i -> i.string("status").equals("WAITLISTED")).count();
        assertThat(confirmed).isEqualTo(SEATS);
        assertThat(waiting).isEqualTo(20 - SEATS / 2);
        Item course = function.item(CourseItems.key(tenant.id, courseId));
        assertThat(course.integer(CourseItems.CONFIRMED_COUNT)).isEqualTo(SEATS);
    }

    private static List<Item> enrolmentItems(Tenant tenant, String courseId) {
        return function.aws().dynamoDbClient().query(q -> q.tableName(function.aws().tableName())
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)").consistentRead(true)
                        .expressionAttributeValues(Map.of(":pk", Item.s(CourseItems.pk(tenant.id, courseId)),
                                ":prefix", Item.s(EnrolmentItems.SK_PREFIX))))
                .items().stream().map(Item::of).toList();
    }

    /** The students are set up directly in the table: only the enrolments are under test. */
    private static List<String> writeStudents(String tenantId) {
        List<String> ids = new ArrayList<>();
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            Student student = new Student(Ids.newId(), tenantId, "Student", "Nr" + i, "s" + i + "@example.nl", null,
                    null, Instant.now());
            ids.add(student.id());
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(StudentItems.toItem(student)).build()).build());
        }
        for (int from = 0; from < writes.size(); from += 25) {
            List<WriteRequest> batch = writes.subList(from, Math.min(from + 25, writes.size()));
            var response = function.aws().dynamoDbClient().batchWriteItem(b -> b.requestItems(Map.of(function.aws().tableName(), batch)));
            assertThat(response.unprocessedItems()).isEmpty();
        }
        return ids;
    }
}
