package io.coursedesk.enrolment;

import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancellations and credit notes: an enrolment cancelled after its debit note was issued, and a cancelled course,
 * are put on the daily run's {@code CREDIT_NOTES_DUE} index in the cancelling transaction; one cancelled before gets
 * neither note. A cancellation racing the note's issue ends with no debit note, or with its credit note due.
 */
class CreditNotesDueTest extends FunctionTest {
    private static final int PARTICIPANTS = 20;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2 * PARTICIPANTS);
    }

    @AfterAll
    static void stopPool() throws InterruptedException {
        if (pool != null) {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void cancelledBeforeItsDebitNoteItLeavesTheDueIndexAndAfterItsCreditNoteIsDue() {
        Tenant tenant = new Tenant(function);
        String courseId = pricedCourse(tenant);
        String before = enrol(tenant, courseId);
        String after = enrol(tenant, courseId);
        issueDebitNote(tenant, courseId, after, "2031-000007");

        cancel(tenant, courseId, before);
        cancel(tenant, courseId, after);

        Item notBilled = enrolment(tenant, courseId, before);
        assertThat(notBilled.string("status")).isEqualTo("CANCELLED");
        assertThat(notBilled.attributes()).doesNotContainKeys(Table.GSI2_PK, Table.GSI2_SK,
                EnrolmentItems.DEBIT_NOTE_NUMBER);
        Item billed = enrolment(tenant, courseId, after);
        assertThat(billed.string("status")).isEqualTo("CANCELLED");
        assertThat(billed.string(Table.GSI2_PK)).isEqualTo(EnrolmentItems.CREDIT_NOTES_DUE);
        assertThat(billed.string(Table.GSI2_SK)).isEqualTo(today() + "#" + tenant.id + "#" + after);
        assertThat(billed.string(EnrolmentItems.DEBIT_NOTE_NUMBER)).isEqualTo("2031-000007");
    }

    @Test
    void twentyCancellationsAtOnceMakeTwentyCreditNotesDue() throws Exception {
        Tenant tenant = new Tenant(function);
        String courseId = pricedCourse(tenant);
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String enrolmentId = enrol(tenant, courseId);
            issueDebitNote(tenant, courseId, enrolmentId, "2031-%06d".formatted(i + 1));
            enrolments.add(enrolmentId);
        }

        List<ApiGatewayResponse> replies = all(enrolments.stream().map(enrolmentId ->
                (Task) () -> tenant.asAdmin("POST", cancelPath(courseId, enrolmentId), null)).toList());

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        assertThat(enrolments).allSatisfy(enrolmentId -> {
            Item stored = enrolment(tenant, courseId, enrolmentId);
            assertThat(stored.string("status")).isEqualTo("CANCELLED");
            assertThat(stored.string(Table.GSI2_PK)).isEqualTo(EnrolmentItems.CREDIT_NOTES_DUE);
            assertThat(stored.string(Table.GSI2_SK)).endsWith("#" + tenant.id + "#" + enrolmentId);
        });
        assertThat(function.item(CourseItems.key(tenant.id, courseId)).integer(CourseItems.CONFIRMED_COUNT)).isZero();
    }

    @Test
    void aCancellationRacingTheDebitNotesIssueEndsWithNoNoteOrWithItsCreditNoteDue() throws Exception {
        Tenant tenant = new Tenant(function);
        String courseId = pricedCourse(tenant);
        List<String> enrolments = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            enrolments.add(enrol(tenant, courseId));
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            String enrolmentId = enrolments.get(i);
            String number = "2031-%06d".formatted(i + 1);
            tasks.add(() -> tenant.asAdmin("POST", cancelPath(courseId, enrolmentId), null));
            tasks.add(() -> {
                issueDebitNoteIfStillDue(tenant, courseId, enrolmentId, number);
                return null;
            });
        }

        List<ApiGatewayResponse> replies = all(tasks);

        assertThat(replies).filteredOn(reply -> reply != null)
                .allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200));
        assertThat(enrolments).allSatisfy(enrolmentId -> {
            Item stored = enrolment(tenant, courseId, enrolmentId);
            assertThat(stored.string("status")).isEqualTo("CANCELLED");
            if (stored.string(EnrolmentItems.DEBIT_NOTE_NUMBER) == null) {
                assertThat(stored.attributes()).doesNotContainKeys(Table.GSI2_PK, Table.GSI2_SK);
            } else {
                assertThat(stored.string(Table.GSI2_PK)).isEqualTo(EnrolmentItems.CREDIT_NOTES_DUE);
            }
        });
    }

    @Test
    void aCancelledCourseIsDueForTheCreditNotesOfItsEnrolments() {
        Tenant tenant = new Tenant(function);
        String courseId = pricedCourse(tenant);
        String enrolmentId = enrol(tenant, courseId);
        issueDebitNote(tenant, courseId, enrolmentId, "2031-000001");

        ApiGatewayResponse cancelled = tenant.asAdmin("POST", "/courses/" + courseId + "/cancel", null);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Item course = function.item(CourseItems.key(tenant.id, courseId));
        assertThat(course.string(Table.GSI2_PK)).isEqualTo(EnrolmentItems.CREDIT_NOTES_DUE);
        assertThat(course.string(Table.GSI2_SK)).isEqualTo(today() + "#" + tenant.id + "#" + courseId);
        assertThat(enrolment(tenant, courseId, enrolmentId).string(EnrolmentItems.DEBIT_NOTE_NUMBER))
                .isEqualTo("2031-000001");
    }

    private interface Task {
        ApiGatewayResponse run() throws Exception;
    }

    /** Runs the tasks at the same moment; their answers in order. */
    private static List<ApiGatewayResponse> all(List<Task> tasks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiGatewayResponse>> futures = new ArrayList<>();
        for (Task task : tasks) {
            futures.add(pool.submit(() -> {
                go.await();
                return task.run();
            }));
        }
        go.countDown();
        List<ApiGatewayResponse> replies = new ArrayList<>();
        for (Future<ApiGatewayResponse> future : futures) {
            replies.add(future.get(120, TimeUnit.SECONDS));
        }
        return replies;
    }

    private static String pricedCourse(Tenant tenant) {
        ApiGatewayResponse created = tenant.asAdmin("POST", "/courses",
                Tenant.course(PARTICIPANTS, 30).put("price", new BigDecimal("195.00")).toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("courseId");
    }

    private static String enrol(Tenant tenant, String courseId) {
        ApiGatewayResponse enrolled = tenant.enrol(tenant.adminToken, courseId, tenant.createStudent("Kim", null),
                "SELF");
        assertThat(enrolled.text("status")).isEqualTo("CONFIRMED");
        return enrolled.text("enrolmentId");
    }

    private static void cancel(Tenant tenant, String courseId, String enrolmentId) {
        ApiGatewayResponse cancelled = tenant.asAdmin("POST", cancelPath(courseId, enrolmentId), null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.AMSTERDAM);
    }

    private static String cancelPath(String courseId, String enrolmentId) {
        return "/courses/" + courseId + "/enrolments/" + enrolmentId + "/cancel";
    }

    private static Item enrolment(Tenant tenant, String courseId, String enrolmentId) {
        return function.item(EnrolmentItems.key(tenant.id, courseId, enrolmentId));
    }

    private static void issueDebitNote(Tenant tenant, String courseId, String enrolmentId, String number) {
        assertThat(issueDebitNoteIfStillDue(tenant, courseId, enrolmentId, number)).isTrue();
    }

    /**
     * What the daily run writes on the enrolment when it issues its debit note, on the same conditions (its due key
     * and status as read, still confirmed).
     *
     * @return false when the enrolment was cancelled first
     */
    private static boolean issueDebitNoteIfStillDue(Tenant tenant, String courseId, String enrolmentId, String number) {
        Item read = enrolment(tenant, courseId, enrolmentId);
        if (read.string(Table.GSI2_SK) == null || !"CONFIRMED".equals(read.string("status"))) {
            return false;
        }
        try {
            function.aws().dynamoDbClient().updateItem(b -> b.tableName(function.aws().tableName())
                    .key(EnrolmentItems.key(tenant.id, courseId, enrolmentId))
                    .updateExpression("SET #number = :number REMOVE #gsi2pk, #gsi2sk")
                    .conditionExpression("#gsi2sk = :readDueKey AND #status = :confirmed")
                    .expressionAttributeNames(Map.of("#number", EnrolmentItems.DEBIT_NOTE_NUMBER,
                            "#gsi2pk", Table.GSI2_PK, "#gsi2sk", Table.GSI2_SK, "#status", "status"))
                    .expressionAttributeValues(Map.of(":number", Item.s(number),
                            ":readDueKey", Item.s(read.string(Table.GSI2_SK)), ":confirmed", Item.s("CONFIRMED"))));
            return true;
        } catch (ConditionalCheckFailedException cancelledFirst) {
            return false;
        }
    }
}
