package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.enrolment.paymentcode.CodeGenerator;
import io.coursedesk.enrolment.paymentcode.CreatePaymentCodes;
import io.coursedesk.enrolment.paymentcode.PaymentCodeBatch;
import io.coursedesk.enrolment.paymentcode.PaymentCodeBatchRequest;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.shared.http.persistence.Transactions;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.persistence.TableReads;
import io.coursedesk.shared.persistence.TransactionWriter;
import io.coursedesk.shared.tenancy.Caller;
import io.coursedesk.shared.tenancy.Role;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.Item;
import io.coursedesk.shared.persistence.PaymentCodeItems;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.coursedesk.enrolment.CourseRoutesTest.fields;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentCodesTest extends FunctionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}(-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}){3}";

    private static ObjectNode batch(int count, String profile, String organisationId) {
        return JSON.createObjectNode().put("count", count).put("profile", profile).put("organisationId", organisationId)
                .put("contact", "Jongenburger, Stefan").put("reference", "Voorjaar 2026");
    }

    private static List<String> codes(ApiGatewayResponse reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        List<String> codes = new ArrayList<>();
        reply.json().path("codes").forEach(c -> codes.add(c.asText()));
        return codes;
    }

    private static List<String> createCodes(Tenant tenant, int count, String profile, String organisationId) {
        return codes(tenant.asAdmin("POST", "/payment-codes/batches", batch(count, profile, organisationId).toString()));
    }

    private static List<String> listed(Tenant tenant, String token, String query) {
        ApiGatewayResponse reply = tenant.call(token, "GET", "/payment-codes" + query, null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        reply.items().forEach(c -> codes.add(c.path("code").asText()));
        return codes;
    }

    private static Item stored(Tenant tenant, String code) {
        return function.item(PaymentCodeItems.key(tenant.id, code));
    }

    private static ApiGatewayResponse enrolWithCode(Tenant tenant, String token, String courseId, String studentId,
                                                    String code) {
        ObjectNode body = JSON.createObjectNode().put("paymentCode", code);
        if (studentId != null) {
            body.put("studentId", studentId);
        }
        return tenant.call(token, "POST", "/courses/" + courseId + "/enrolments", body.toString());
    }

    @Test
    void aBatchOfAThousandIsAThousandDistinctWellFormedStoredCodes() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Vakmanschap Techniek");

        long started = System.nanoTime();
        ApiGatewayResponse reply = tenant.asAdmin("POST", "/payment-codes/batches",
                batch(1000, "Vakmanschap CO", organisationId).toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<String> codes = codes(reply);
        assertThat(codes).hasSize(1000).allMatch(c -> c.matches(CODE));
        assertThat(new HashSet<>(codes)).hasSize(1000);
        assertThat(millis).as("a batch of 1000 in %d ms", millis).isLessThan(30_000);
        String batchId = reply.text("batchId");
        assertThat(batchId).isNotBlank();
        for (String code : List.of(codes.get(0), codes.get(500), codes.get(999))) {
            Item item = stored(tenant, code);
            assertThat(item.string("state")).isEqualTo("UNUSED");
            assertThat(item.string("batchId")).isEqualTo(batchId);
            assertThat(item.string("organisationId")).isEqualTo(organisationId);
        }
        List<String> all = new ArrayList<>();
        String next = null;
        do {
            ApiGatewayResponse page = tenant.asAdmin("GET", "/payment-codes?limit=250"
                    + (next == null ? "" : "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), null);
            page.items().forEach(c -> all.add(c.path("code").asText()));
            next = page.next();
        } while (next != null);
        assertThat(all).containsExactlyInAnyOrderElementsOf(codes);
    }

    @Test
    void aCodeThatExistsIsReplacedByAFreshOneNeverStoredTwice() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Bouw BV");
        DynamoDbClient dynamoDb = function.aws().dynamoDbClient();
        Table table = new Table(function.aws().tableName());
        TableReads reads = new TableReads(dynamoDb, table);
        Deque<String> script = new ArrayDeque<>(List.of("AAAA-AAAA-AAAA-AAAA", "AAAA-AAAA-AAAA-AAAA",
                "BBBB-BBBB-BBBB-BBBB", "CCCC-CCCC-CCCC-CCCC", "BBBB-BBBB-BBBB-BBBB", "DDDD-DDDD-DDDD-DDDD"));
        CodeGenerator scripted = new CodeGenerator() {
            @Override
            public String next() {
                return script.pop();
            }
        };
        CreatePaymentCodes create = new CreatePaymentCodes(new OrganisationRepository(dynamoDb, table, reads),
                new Transactions(new TransactionWriter(dynamoDb), table), scripted, Clock.systemUTC());
        Caller admin = new Caller(tenant.id, "admin", "admin@example.nl", "Admin", Role.PROVIDER_ADMIN, null, null);
        PaymentCodeBatchRequest request = new PaymentCodeBatchRequest(1, "CO", organisationId, "Carla", null);

        PaymentCodeBatch first = create.create(admin, request);
        PaymentCodeBatch second = create.create(admin, new PaymentCodeBatchRequest(3, "CO", organisationId, "Carla", null));

        assertThat(first.codes()).containsExactly("AAAA-AAAA-AAAA-AAAA");
        // the second batch's first code existed: it is replaced by the next code not in the batch yet (BBBB is)
        assertThat(second.codes()).containsExactly("DDDD-DDDD-DDDD-DDDD", "BBBB-BBBB-BBBB-BBBB", "CCCC-CCCC-CCCC-CCCC");
        assertThat(script).isEmpty();
        assertThat(stored(tenant, "AAAA-AAAA-AAAA-AAAA").string("batchId")).isEqualTo(first.batchId());
        assertThat(listed(tenant, tenant.adminToken, "")).hasSize(4);
    }

    @Test
    void invalidBatchesAre400sNamingEachFieldAndWriteNothing() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Bouw BV");
        Tenant other = new Tenant(function);
        String foreignOrganisation = other.createOrganisation("Andere BV");

        ApiGatewayResponse none = tenant.asAdmin("POST", "/payment-codes/batches", batch(0, "CO", organisationId).toString());
        ApiGatewayResponse tooMany = tenant.asAdmin("POST", "/payment-codes/batches", batch(1001, "CO", organisationId).toString());
        ApiGatewayResponse missing = tenant.asAdmin("POST", "/payment-codes/batches", "{\"reference\": \"x\"}");
        ApiGatewayResponse unknown = tenant.asAdmin("POST", "/payment-codes/batches", batch(5, "CO", "no-such-org").toString());
        ApiGatewayResponse foreign = tenant.asAdmin("POST", "/payment-codes/batches", batch(5, "CO", foreignOrganisation).toString());
        ApiGatewayResponse extra = tenant.asAdmin("POST", "/payment-codes/batches",
                batch(5, "CO", organisationId).put("price", 10).toString());
        ApiGatewayResponse byContact = tenant.call(tenant.contactToken(organisationId), "POST", "/payment-codes/batches",
                batch(5, "CO", organisationId).toString());

        assertThat(fields(none)).containsExactly("count");
        assertThat(fields(tooMany)).containsExactly("count");
        assertThat(fields(missing)).containsExactlyInAnyOrder("count", "profile", "organisationId", "contact");
        assertThat(fields(unknown)).containsExactly("organisationId");
        assertThat(fields(foreign)).containsExactly("organisationId");
        for (ApiGatewayResponse reply : List.of(none, tooMany, missing, unknown, foreign, extra)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(byContact.status()).isEqualTo(403);
        assertThat(listed(tenant, tenant.adminToken, "")).isEmpty();
    }

    @Test
    void theListFiltersAndPages() {
        Tenant tenant = new Tenant(function);
        String vakmanschap = tenant.createOrganisation("Vakmanschap Techniek");
        String bouw = tenant.createOrganisation("Bouw BV");
        List<String> first = createCodes(tenant, 3, "Vakmanschap CO", vakmanschap);
        List<String> second = codes(tenant.asAdmin("POST", "/payment-codes/batches", JSON.createObjectNode()
                .put("count", 2).put("profile", "BHV").put("organisationId", bouw).put("contact", "Carla Contact")
                .toString()));
        assertThat(tenant.asAdmin("POST", "/payment-codes/" + first.get(0) + "/deactivate", null).status()).isEqualTo(200);
        LocalDate today = LocalDate.now(Zones.AMSTERDAM);

        List<String> newestFirst = listed(tenant, tenant.adminToken, "");
        assertThat(newestFirst).hasSize(5);
        assertThat(newestFirst.subList(0, 2)).containsExactlyInAnyOrderElementsOf(second);
        assertThat(listed(tenant, tenant.adminToken, "?organisationId=" + vakmanschap))
                .containsExactlyInAnyOrderElementsOf(first);
        assertThat(listed(tenant, tenant.adminToken, "?profile=bhv")).containsExactlyInAnyOrderElementsOf(second);
        assertThat(listed(tenant, tenant.adminToken, "?keyword=" + second.get(1).substring(5, 14).toLowerCase()))
                .containsExactly(second.get(1));
        assertThat(listed(tenant, tenant.adminToken, "?keyword=voorjaar")).containsExactlyInAnyOrderElementsOf(first);
        assertThat(listed(tenant, tenant.adminToken, "?keyword=carla")).containsExactlyInAnyOrderElementsOf(second);
        assertThat(listed(tenant, tenant.adminToken, "?state=DEACTIVATED")).containsExactly(first.get(0));
        assertThat(listed(tenant, tenant.adminToken, "?state=UNUSED&organisationId=" + vakmanschap))
                .containsExactlyInAnyOrder(first.get(1), first.get(2));
        assertThat(listed(tenant, tenant.adminToken, "?state=USED")).isEmpty();
        assertThat(listed(tenant, tenant.adminToken, "?createdFrom=" + today + "&createdTo=" + today)).hasSize(5);
        assertThat(listed(tenant, tenant.adminToken, "?createdFrom=" + today.plusDays(1))).isEmpty();
        assertThat(listed(tenant, tenant.adminToken, "?createdTo=" + today.minusDays(1))).isEmpty();
        assertThat(listed(tenant, tenant.adminToken, "?createdTo=" + today + "&organisationId=" + bouw))
                .containsExactlyInAnyOrderElementsOf(second);

        JsonNode deactivated = tenant.asAdmin("GET", "/payment-codes?state=DEACTIVATED", null).items().get(0);
        assertThat(deactivated.path("organisationId").asText()).isEqualTo(vakmanschap);
        assertThat(deactivated.path("profile").asText()).isEqualTo("Vakmanschap CO");
        assertThat(deactivated.path("contact").asText()).isEqualTo("Jongenburger, Stefan");
        assertThat(deactivated.path("reference").asText()).isEqualTo("Voorjaar 2026");
        assertThat(deactivated.path("deactivatedAt").asText()).isNotBlank();
        assertThat(deactivated.path("usedAt").isNull()).isTrue();

        ApiGatewayResponse page1 = tenant.asAdmin("GET", "/payment-codes?limit=2", null);
        ApiGatewayResponse page2 = tenant.asAdmin("GET", "/payment-codes?limit=2&cursor=" + page1.next(), null);
        ApiGatewayResponse page3 = tenant.asAdmin("GET", "/payment-codes?limit=2&cursor=" + page2.next(), null);
        assertThat(page1.items()).hasSize(2);
        assertThat(page2.items()).hasSize(2);
        assertThat(page3.items()).hasSize(1);
        assertThat(page3.next()).isNull();
        List<String> paged = new ArrayList<>();
        for (ApiGatewayResponse page : List.of(page1, page2, page3)) {
            page.items().forEach(c -> paged.add(c.path("code").asText()));
        }
        assertThat(paged).containsExactlyElementsOf(listed(tenant, tenant.adminToken, ""));
        assertThat(fields(tenant.asAdmin("GET", "/payment-codes?limit=2&profile=BHV&cursor=" + page1.next(), null)))
                .containsExactly("cursor");

        assertThat(fields(tenant.asAdmin("GET", "/payment-codes?createdFrom=2026-02-30", null))).containsExactly("createdFrom");
        assertThat(fields(tenant.asAdmin("GET", "/payment-codes?createdFrom=gisteren", null))).containsExactly("createdFrom");
        assertThat(fields(tenant.asAdmin("GET", "/payment-codes?createdFrom=" + today + "&createdTo=" + today.minusDays(1),
                null))).containsExactly("createdTo");
        assertThat(fields(tenant.asAdmin("GET", "/payment-codes?state=GONE", null))).containsExactly("state");
        assertThat(fields(tenant.asAdmin("GET", "/payment-codes?limit=0", null))).containsExactly("limit");
    }

    @Test
    void aContactSeesOnlyTheirOrganisationsCodes() {
        Tenant tenant = new Tenant(function);
        String own = tenant.createOrganisation("Hoogland");
        String other = tenant.createOrganisation("Laagland");
        List<String> ownCodes = createCodes(tenant, 2, "CO", own);
        createCodes(tenant, 2, "CO", other);
        String contact = tenant.contactToken(own);

        assertThat(listed(tenant, contact, "")).containsExactlyInAnyOrderElementsOf(ownCodes);
        assertThat(listed(tenant, contact, "?organisationId=" + own)).containsExactlyInAnyOrderElementsOf(ownCodes);
        assertThat(tenant.call(contact, "GET", "/payment-codes?organisationId=" + other, null).status()).isEqualTo(404);
        assertThat(tenant.call(contact, "POST", "/payment-codes/" + ownCodes.get(0) + "/deactivate", null).status())
                .isEqualTo(403);
        assertThat(tenant.call(tenant.studentToken(tenant.createStudent("Sanne", own)), "GET", "/payment-codes", null)
                .status()).isEqualTo(403);
        Tenant otherProvider = new Tenant(function);
        assertThat(listed(otherProvider, otherProvider.adminToken, "")).isEmpty();
    }

    @Test
    void deactivatingAnUnusedCodeIsFinalAndUsedOrForeignCodesAreRefused() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Bouw BV");
        List<String> codes = createCodes(tenant, 2, "CO", organisationId);
        Tenant other = new Tenant(function);

        ApiGatewayResponse deactivated = tenant.asAdmin("POST", "/payment-codes/" + codes.get(0).toLowerCase() + "/deactivate", null);
        ApiGatewayResponse again = tenant.asAdmin("POST", "/payment-codes/" + codes.get(0) + "/deactivate", null);
        ApiGatewayResponse foreign = other.asAdmin("POST", "/payment-codes/" + codes.get(1) + "/deactivate", null);
        ApiGatewayResponse unknown = tenant.asAdmin("POST", "/payment-codes/AAAA-BBBB-CCCC-DDDD/deactivate", null);
        ApiGatewayResponse malformed = tenant.asAdmin("POST", "/payment-codes/T%23x/deactivate", null);

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.text("state")).isEqualTo("DEACTIVATED");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("deactivatedAt")).isEqualTo(deactivated.text("deactivatedAt"));
        assertThat(stored(tenant, codes.get(0)).string("state")).isEqualTo("DEACTIVATED");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(stored(tenant, codes.get(1)).string("state")).isEqualTo("UNUSED");

        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Kees", null);
        assertThat(enrolWithCode(tenant, tenant.studentToken(studentId), courseId, null, codes.get(1)).status()).isEqualTo(201);
        ApiGatewayResponse used = tenant.asAdmin("POST", "/payment-codes/" + codes.get(1) + "/deactivate", null);
        assertThat(used.status()).isEqualTo(409);
        assertThat(stored(tenant, codes.get(1)).string("state")).isEqualTo("USED");
    }

    @Test
    void anEnrolmentPaidWithACodeMarksItUsedAndTheOrganisationPays() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Vakmanschap Techniek");
        String code = createCodes(tenant, 1, "Vakmanschap CO", organisationId).get(0);
        String courseId = tenant.asAdmin("POST", "/courses",
                Tenant.course(5, 20).put("price", new BigDecimal("249.95")).toString()).text("courseId");
        String studentId = tenant.createStudent("Daan", null);

        ApiGatewayResponse enrolled = enrolWithCode(tenant, tenant.studentToken(studentId), courseId, null,
                " " + code.toLowerCase() + " ");

        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.text("payer")).isEqualTo(organisationId);
        assertThat(enrolled.text("paymentCode")).isEqualTo(code);
        String enrolmentId = enrolled.text("enrolmentId");
        Item enrolment = function.item(EnrolmentItems.key(tenant.id, courseId, enrolmentId));
        assertThat(enrolment.string("paymentCode")).isEqualTo(code);
        assertThat(enrolment.string("payerOrganisationId")).isEqualTo(organisationId);
        assertThat(enrolment.string(Table.GSI2_PK)).as("no debit note for a prepaid code").isNull();
        Item stored = stored(tenant, code);
        assertThat(stored.string("state")).isEqualTo("USED");
        assertThat(stored.string("usedByStudentId")).isEqualTo(studentId);
        assertThat(stored.string("usedForEnrolmentId")).isEqualTo(enrolmentId);
        JsonNode listed = tenant.asAdmin("GET", "/payment-codes?state=USED", null).items().get(0);
        assertThat(listed.path("code").asText()).isEqualTo(code);
        assertThat(listed.path("usedByStudentId").asText()).isEqualTo(studentId);
        assertThat(listed.path("usedByName").asText()).isEqualTo("Daan Jansen");
        assertThat(listed.path("enrolmentId").asText()).isEqualTo(enrolmentId);
        assertThat(listed.path("usedAt").asText()).isEqualTo(enrolled.text("enrolledAt"));

        String otherStudent = tenant.createStudent("Noor", null);
        String self = tenant.enrol(tenant.studentToken(otherStudent), courseId, null, "SELF").text("enrolmentId");
        assertThat(function.item(EnrolmentItems.key(tenant.id, courseId, self)).string(Table.GSI2_PK))
                .as("a student who pays still gets a debit note").isEqualTo(EnrolmentItems.DEBIT_NOTES_DUE);
    }

    @Test
    void aWaitingEnrolmentPaidWithACodeHoldsItAndGetsNoDebitNoteWhenPromoted() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Vakmanschap Techniek");
        String code = createCodes(tenant, 1, "CO", organisationId).get(0);
        String courseId = tenant.asAdmin("POST", "/courses",
                Tenant.course(1, 20).put("price", new BigDecimal("100.00")).toString()).text("courseId");
        String seated = tenant.enrol(tenant.adminToken, courseId, tenant.createStudent("Anna", null), "SELF")
                .text("enrolmentId");

        ApiGatewayResponse waiting = enrolWithCode(tenant, tenant.adminToken, courseId, tenant.createStudent("Bart", null),
                code);

        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(201);
        assertThat(waiting.text("status")).isEqualTo("WAITLISTED");
        assertThat(stored(tenant, code).string("state")).isEqualTo("USED");
        assertThat(tenant.asAdmin("POST", "/courses/" + courseId + "/enrolments/" + seated + "/cancel", null).status())
                .isEqualTo(200);
        Item promoted = function.item(EnrolmentItems.key(tenant.id, courseId, waiting.text("enrolmentId")));
        assertThat(promoted.string("status")).isEqualTo("CONFIRMED");
        assertThat(promoted.string(Table.GSI2_PK)).isNull();
    }

    @Test
    void twoEnrolmentsRacingForOneCodeOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Tenant tenant = new Tenant(function);
                String organisationId = tenant.createOrganisation("Race BV");
                String code = createCodes(tenant, 1, "CO", organisationId).get(0);
                String courseId = tenant.createCourse(5);
                List<String> tokens = List.of(tenant.studentToken(tenant.createStudent("Anna", null)),
                        tenant.studentToken(tenant.createStudent("Bart", null)));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ApiGatewayResponse>> futures = new ArrayList<>();
                for (String token : tokens) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        return enrolWithCode(tenant, token, courseId, null, code);
                    }));
                }
                go.countDown();
                List<ApiGatewayResponse> replies = new ArrayList<>();
                for (Future<ApiGatewayResponse> future : futures) {
                    replies.add(future.get(60, TimeUnit.SECONDS));
                }

                assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
                ApiGatewayResponse lost = replies.stream().filter(r -> r.status() != 201).findFirst().orElseThrow();
                assertThat(lost.status()).as(lost.toString()).isEqualTo(400);
                assertThat(fields(lost)).containsExactly("paymentCode");
                assertThat(function.item(CourseItems.key(tenant.id, courseId)).integer(CourseItems.CONFIRMED_COUNT))
                        .isEqualTo(1);
                assertThat(tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null).items()).hasSize(1);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void deactivatedUsedUnknownAndForeignCodesAre400sAndWriteNothing() {
        Tenant tenant = new Tenant(function);
        String organisationId = tenant.createOrganisation("Bouw BV");
        List<String> codes = createCodes(tenant, 3, "CO", organisationId);
        Tenant other = new Tenant(function);
        String foreign = createCodes(other, 1, "CO", other.createOrganisation("Andere BV")).get(0);
        tenant.asAdmin("POST", "/payment-codes/" + codes.get(0) + "/deactivate", null);
        String firstCourse = tenant.createCourse(5);
        assertThat(enrolWithCode(tenant, tenant.adminToken, firstCourse, tenant.createStudent("Eva", null), codes.get(1))
                .status()).isEqualTo(201);
        String courseId = tenant.createCourse(5);
        String studentId = tenant.createStudent("Kees", organisationId);

        Map<String, ApiGatewayResponse> replies = Map.of(
                "deactivated", enrolWithCode(tenant, tenant.adminToken, courseId, studentId, codes.get(0)),
                "used", enrolWithCode(tenant, tenant.adminToken, courseId, studentId, codes.get(1)),
                "unknown", enrolWithCode(tenant, tenant.adminToken, courseId, studentId, "AAAA-BBBB-CCCC-DDDD"),
                "malformed", enrolWithCode(tenant, tenant.adminToken, courseId, studentId, "T#x#PAYMENT_CODE"),
                "foreign", enrolWithCode(tenant, tenant.adminToken, courseId, studentId, foreign));

        replies.forEach((what, reply) -> {
            assertThat(reply.status()).as(what + ": " + reply).isEqualTo(400);
            assertThat(fields(reply)).as(what).containsExactly("paymentCode");
        });
        ApiGatewayResponse otherPayer = tenant.call(tenant.adminToken, "POST", "/courses/" + courseId + "/enrolments",
                JSON.createObjectNode().put("studentId", studentId).put("payer", "SELF")
                        .put("paymentCode", codes.get(2)).toString());
        assertThat(fields(otherPayer)).containsExactly("payer");
        assertThat(function.item(CourseItems.key(tenant.id, courseId)).integer(CourseItems.CONFIRMED_COUNT)).isZero();
        assertThat(tenant.asAdmin("GET", "/courses/" + courseId + "/enrolments", null).items()).isEmpty();
        assertThat(stored(tenant, codes.get(0)).string("state")).isEqualTo("DEACTIVATED");
        assertThat(stored(tenant, codes.get(2)).string("state")).isEqualTo("UNUSED");
        assertThat(stored(other, foreign).string("state")).isEqualTo("UNUSED");
    }
}
