package io.coursedesk.passes.holders;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.passes.CourseWorld;
import io.coursedesk.shared.time.Zones;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** One provider with 300 holders at Bouwbedrijf Hoogland and a few elsewhere, read through the real handler. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualificationHolderListTest {
    private static final LocalDate TODAY = LocalDate.now(Zones.AMSTERDAM);

    private final FunctionUnderTest function = PassBundlesFunction.api();
    private final CourseWorld provider = new CourseWorld(function.aws());
    private final StoredHolders stored = new StoredHolders(function);
    private String hoogland;
    private String elders;
    private QualificationHolder zoe;
    private QualificationHolder lukasz;
    private QualificationHolder expired;
    private QualificationHolder eldersHolder;

    @BeforeAll
    void storeHolders() {
        hoogland = provider.organisation("Bouwbedrijf Hoogland");
        elders = provider.organisation("Elders");
        zoe = stored.store(provider.tenantId, "99600953", "Zoë van 't Hek", LocalDate.of(1990, 4, 2),
                List.of(new Membership(hoogland, "P-0001")),
                StoredHolders.deh("EX-77", TODAY.plusMonths(3)), StoredHolders.ehk("K-1", TODAY.plusYears(1)));
        lukasz = stored.store(provider.tenantId, "99600954", "Łukasz Żółć", LocalDate.of(1985, 12, 31),
                List.of(new Membership(hoogland, "P-0002")),
                StoredHolders.deh("EX-78", TODAY.plusYears(2)), StoredHolders.ehk("K-1", TODAY.minusDays(1)));
        expired = stored.store(provider.tenantId, "99600955", "Şükrü Öztürk", LocalDate.of(1970, 1, 1),
                List.of(new Membership(hoogland, null)),
                StoredHolders.deh("EX-79", TODAY.minusDays(1)), StoredHolders.ehk("K-2", TODAY.minusYears(1)));
        for (int i = 0; i < 297; i++) {
            stored.store(provider.tenantId, String.valueOf(10_000 + i), "Medewerker " + i, LocalDate.of(1980, 1, 1).plusDays(i),
                    List.of(new Membership(hoogland, "P-" + (5000 + i))),
                    StoredHolders.deh("G-EX-" + i, TODAY.plusDays(10 + i)), StoredHolders.ehk("G-K-" + i, TODAY.plusDays(400 + i)));
        }
        eldersHolder = stored.store(provider.tenantId, "99600999", "Elders Persoon", LocalDate.of(1999, 9, 9),
                List.of(new Membership(elders, "E-1")), StoredHolders.deh("EX-1", TODAY.plusYears(1)));
    }

    @Test
    void aContactPagesThroughAllThreeHundredHoldersOfTheirOrganisationWithoutDuplicatesOrGaps() {
        String contact = provider.contactToken("contact-hoogland", hoogland);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiGatewayEvents.Request request = ApiGatewayEvents.get("/qualification-holders").bearer(contact)
                    .query("limit", "7").query("sort", "-name");
            if (cursor != null) {
                request.query("cursor", cursor);
            }
            JsonNode page = ok(function.call(request));
            page.path("items").forEach(item -> seen.add(item.path("holderId").asText()));
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(43);
        assertThat(seen).hasSize(300).doesNotHaveDuplicates().doesNotContain(eldersHolder.holderId());
        assertThat(seen.get(0)).isEqualTo(zoe.holderId());
    }

    @Test
    void pagesOfTheMaximumSizeCoverTheListAndTheDefaultIsFifty() {
        String admin = provider.adminToken();
        JsonNode first = ok(function.call(list(admin).query("organisationId", hoogland).query("limit", "250")));
        assertThat(first.path("items")).hasSize(250);
        JsonNode second = ok(function.call(list(admin).query("organisationId", hoogland).query("limit", "250")
                .query("cursor", first.path("next").asText())));
        assertThat(second.path("items")).hasSize(50);
        assertThat(second.path("next").isNull()).isTrue();
        Set<String> all = new HashSet<>(ids(first));
        all.addAll(ids(second));
        assertThat(all).hasSize(300);

        JsonNode defaults = ok(function.call(list(admin)));
        assertThat(defaults.path("items")).hasSize(50);
        assertThat(defaults.path("items").get(0).path("qualificationNumber").asText()).isEqualTo("10000");
    }

    @Test
    void rowsShowTheEarliestExpiringValidQualificationAndThePersonnelNumber() {
        JsonNode page = ok(function.call(list(provider.adminToken()).query("q", "99600953")));
        assertThat(page.path("items")).hasSize(1);
        JsonNode row = page.path("items").get(0);
        assertThat(row.path("holderId").asText()).isEqualTo(zoe.holderId());
        assertThat(row.path("name").asText()).isEqualTo("Zoë van 't Hek");
        assertThat(row.path("birthDate").asText()).isEqualTo("1990-04-02");
        assertThat(row.path("expiryDate").asText()).isEqualTo(TODAY.plusMonths(3).toString());
        assertThat(row.path("status").asText()).isEqualTo("VALID");
        assertThat(row.path("personnelNumber").asText()).isEqualTo("P-0001");

        // Łukasz's certificate expired yesterday: his row shows the diploma that is still valid
        JsonNode lukaszRow = ok(function.call(list(provider.adminToken()).query("q", "lukasz"))).path("items").get(0);
        assertThat(lukaszRow.path("expiryDate").asText()).isEqualTo(TODAY.plusYears(2).toString());
        JsonNode expiredRow = ok(function.call(list(provider.adminToken()).query("q", "OZTURK"))).path("items").get(0);
        assertThat(expiredRow.path("status").asText()).isEqualTo("EXPIRED");
        assertThat(expiredRow.path("expiryDate").asText()).isEqualTo(TODAY.minusDays(1).toString());
    }

    @Test
    void filtersByExamTypeNumberExpiryRangeAndFreeText() {
        String admin = provider.adminToken();
        assertThat(ids(ok(function.call(list(admin).query("examNumber", "K-1")))))
                .containsExactlyInAnyOrder(zoe.holderId(), lukasz.holderId());
        assertThat(ids(ok(function.call(list(admin).query("examType", "kinder-ehbo").query("examNumber", "EX-77")))))
                .isEmpty();
        assertThat(ids(ok(function.call(list(admin).query("expiresFrom", TODAY.minusDays(1).toString())
                .query("expiresTo", TODAY.minusDays(1).toString())))))
                .containsExactlyInAnyOrder(lukasz.holderId(), expired.holderId());
        assertThat(ids(ok(function.call(list(admin).query("q", "31-12-1985"))))).containsExactly(lukasz.holderId());
        assertThat(ids(ok(function.call(list(admin).query("q", "1985-12-31"))))).containsExactly(lukasz.holderId());
        assertThat(ids(ok(function.call(list(admin).query("q", "zoe"))))).containsExactly(zoe.holderId());
        assertThat(ids(ok(function.call(list(admin).query("organisationId", elders)))))
                .containsExactly(eldersHolder.holderId());
        assertThat(ok(function.call(list(admin).query("limit", "250"))).path("next").isNull()).isFalse();
    }

    @Test
    void sortsEachFieldBothWays() {
        String admin = provider.adminToken();
        List<String> byExpiry = numbers(ok(function.call(list(admin).query("organisationId", hoogland)
                .query("sort", "expiryDate").query("limit", "3"))));
        assertThat(byExpiry).containsExactly("99600955", "10000", "10001");
        List<String> byExpiryDescending = numbers(ok(function.call(list(admin).query("organisationId", hoogland)
                .query("sort", "-expiryDate").query("limit", "2"))));
        assertThat(byExpiryDescending).containsExactly("99600954", "10296");
        assertThat(numbers(ok(function.call(list(admin).query("sort", "-qualificationNumber").query("limit", "2")))))
                .containsExactly("99600999", "99600955");
        assertThat(numbers(ok(function.call(list(admin).query("sort", "birthDate").query("limit", "1")))))
                .containsExactly("99600955");
        assertThat(numbers(ok(function.call(list(admin).query("sort", "-status").query("limit", "1")))))
                .containsExactly("99600955");
        assertThat(numbers(ok(function.call(list(admin).query("organisationId", hoogland)
                .query("sort", "personnelNumber").query("limit", "2"))))).containsExactly("99600953", "99600954");
        assertThat(numbers(ok(function.call(list(admin).query("organisationId", hoogland)
                .query("sort", "-personnelNumber").query("limit", "1"))))).containsExactly("99600955");
    }

    @Test
    void refusesALimitAboveTwoHundredFiftyAnUnknownSortAndABadDateNamingThem() {
        String admin = provider.adminToken();
        assertProblem(function.call(list(admin).query("limit", "251")), 400, "limit");
        assertProblem(function.call(list(admin).query("limit", "0")), 400, "limit");
        assertProblem(function.call(list(admin).query("sort", "-salary")), 400, "sort");
        assertProblem(function.call(list(admin).query("expiresFrom", "2025-02-30")), 400, "expiresFrom");
        assertProblem(function.call(list(admin).query("expiresTo", "31-12-2025")), 400, "expiresTo");
    }

    @Test
    void aCursorWorksOnlyForTheCallerItWasMadeForAndTheSameList() {
        String contact = provider.contactToken("contact-a", hoogland);
        String colleague = provider.contactToken("contact-b", hoogland);
        String cursor = ok(function.call(list(contact).query("limit", "5"))).path("next").asText();

        assertThat(ok(function.call(list(contact).query("limit", "5").query("cursor", cursor))).path("items")).hasSize(5);
        assertProblem(function.call(list(colleague).query("limit", "5").query("cursor", cursor)), 400, "cursor");
        assertProblem(function.call(list(contact).query("sort", "name").query("cursor", cursor)), 400, "cursor");
        assertProblem(function.call(list(contact).query("q", "1").query("cursor", cursor)), 400, "cursor");
        String tampered = (cursor.charAt(0) == 'A' ? 'B' : 'A') + cursor.substring(1);
        assertProblem(function.call(list(contact).query("cursor", tampered)), 400, "cursor");
        assertProblem(function.call(list(contact).query("cursor", "nonsense")), 400, "cursor");
    }

    @Test
    void aContactSeesOnlyTheirOwnOrganisationAndAStudentNothing() {
        String eldersContact = provider.contactToken("contact-elders", elders);
        assertThat(ids(ok(function.call(list(eldersContact))))).containsExactly(eldersHolder.holderId());
        assertProblem(function.call(list(eldersContact).query("organisationId", hoogland)), 404, null);
        assertProblem(function.call(list(provider.adminToken()).query("organisationId", "unknown-organisation")), 404, null);

        CourseWorld other = new CourseWorld(function.aws());
        assertProblem(function.call(list(other.contactToken("contact-other", hoogland))), 200, null);
        assertThat(ok(function.call(list(other.contactToken("contact-other", hoogland)))).path("items")).isEmpty();
        assertThat(ok(function.call(list(other.adminToken()))).path("items")).isEmpty();
        assertProblem(function.call(list(other.adminToken()).query("organisationId", hoogland)), 404, null);

        assertThat(function.call(list(provider.studentToken("student-1"))).status()).isEqualTo(403);
        assertThat(function.call(ApiGatewayEvents.get("/qualification-holders")).status()).isEqualTo(401);
    }

    @Test
    void detailsShowTheHolderAndTheirQualificationsToWhoMaySeeThem() {
        ApiGatewayResponse asAdmin = function.call(ApiGatewayEvents.get("/qualification-holders/" + zoe.holderId())
                .bearer(provider.adminToken()));
        JsonNode holder = ok(asAdmin);
        assertThat(holder.path("qualificationNumber").asText()).isEqualTo("99600953");
        assertThat(holder.path("name").asText()).isEqualTo("Zoë van 't Hek");
        assertThat(holder.path("memberships").get(0).path("personnelNumber").asText()).isEqualTo("P-0001");
        assertThat(holder.path("qualifications")).extracting(q -> q.path("code").asText()).containsExactly("DEH", "EHK");
        JsonNode deh = holder.path("qualifications").get(0);
        assertThat(deh.path("name").asText()).isEqualTo("Diploma Eerste Hulp");
        assertThat(deh.path("type").asText()).isEqualTo("DIPLOMA");
        assertThat(deh.path("examNumber").asText()).isEqualTo("EX-77");
        assertThat(deh.path("status").asText()).isEqualTo("VALID");
        assertThat(deh.path("qualificationId").asText()).isNotBlank();

        JsonNode lukaszDetails = ok(function.call(ApiGatewayEvents.get("/qualification-holders/" + lukasz.holderId())
                .bearer(provider.contactToken("contact-hoogland", hoogland))));
        assertThat(lukaszDetails.path("qualifications")).extracting(q -> q.path("status").asText())
                .containsExactly("EXPIRED", "VALID");

        assertProblem(function.call(ApiGatewayEvents.get("/qualification-holders/" + zoe.holderId())
                .bearer(provider.contactToken("contact-elders", elders))), 404, null);
        assertProblem(function.call(ApiGatewayEvents.get("/qualification-holders/" + zoe.holderId())
                .bearer(new CourseWorld(function.aws()).adminToken())), 404, null);
        assertProblem(function.call(ApiGatewayEvents.get("/qualification-holders/not%23an-id")
                .bearer(provider.adminToken())), 404, null);
        assertThat(function.call(ApiGatewayEvents.get("/qualification-holders/" + zoe.holderId())
                .bearer(provider.studentToken("student-1"))).status()).isEqualTo(403);
    }

    private static ApiGatewayEvents.Request list(String token) {
        return ApiGatewayEvents.get("/qualification-holders").bearer(token);
    }

    private static JsonNode ok(ApiGatewayResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertProblem(ApiGatewayResponse response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (field != null) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors")).as(response.body())
                    .extracting(e -> e.path("field").asText()).contains(field);
        }
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false).map(i -> i.path("holderId").asText()).toList();
    }

    private static List<String> numbers(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(i -> i.path("qualificationNumber").asText()).toList();
    }
}
