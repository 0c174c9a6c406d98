package io.coursedesk.passes.bundles;

import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.ListPages;
import io.coursedesk.passes.holders.QualificationHolder;
import io.coursedesk.shared.domain.Ids;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /pass-bundles} and who sees a bundle: what is refused writes nothing; only the requester sees it. */
class PassBundleRequestTest {
    private final BundleWorld world = BundleWorld.get();

    @Test
    void moreThan250HoldersOrNoneIsRefusedNamingHolderIds() {
        BundleWorld.Tenant tenant = world.tenant();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 251; i++) {
            ids.add(Ids.newId());
        }

        for (List<String> holderIds : List.of(ids, List.<String>of())) {
            ApiGatewayResponse response = tenant.request(holderIds, tenant.contactToken);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("holderIds");
        }
        world.settle();
        assertThat(tenant.list(tenant.contactToken).items()).isEmpty();
        assertThat(tenant.requestedEvents()).isZero();
    }

    @Test
    void aHolderOfAnotherOrganisationAnUnknownOneOrAnotherTenantsIsNamedAndNothingIsWritten() {
        BundleWorld.Tenant tenant = world.tenant();
        QualificationHolder own = tenant.holders(BundleWorld.names(1)).get(0);
        String otherOrganisation = tenant.provider.organisation("Elders BV");
        QualificationHolder elsewhere = tenant.holders(List.of("Elders Persoon"), otherOrganisation).get(0);
        BundleWorld.Tenant otherTenant = world.tenant();
        QualificationHolder foreign = otherTenant.holders(List.of("Vreemde Tenant")).get(0);

        ApiGatewayResponse response = tenant.request(List.of(own.holderId(), elsewhere.holderId(), Ids.newId(),
                foreign.holderId(), "no#id"), tenant.contactToken);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .containsExactly("holderIds[1]", "holderIds[2]", "holderIds[3]", "holderIds[4]");
        assertThat(response.json().path("errors").get(0).path("detail").asText()).contains(elsewhere.holderId());
        world.settle();
        assertThat(tenant.list(tenant.contactToken).items()).isEmpty();
        assertThat(tenant.requestedEvents()).isZero();
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameBundleAndADifferentRequestWithItIs422() {
        BundleWorld.Tenant tenant = world.tenant();
        List<String> holderIds = tenant.holders(BundleWorld.names(2)).stream().map(QualificationHolder::holderId)
                .toList();
        String key = Ids.newId();

        ApiGatewayResponse first = call(tenant, key, Map.of("holderIds", holderIds, "scope", "MAIN"));
        ApiGatewayResponse again = call(tenant, key, Map.of("holderIds", holderIds, "scope", "MAIN"));
        ApiGatewayResponse different = call(tenant, key, Map.of("holderIds", holderIds, "scope", "ALL"));
        ApiGatewayResponse otherKey = call(tenant, Ids.newId(), Map.of("holderIds", holderIds, "scope", "MAIN"));

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().path("status").asText()).isEqualTo("PENDING");
        String bundleId = first.json().path("bundleId").asText();
        assertThat(first.headers().get("Location")).isEqualTo("/pass-bundles/" + bundleId);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().path("bundleId").asText()).isEqualTo(bundleId);
        assertThat(different.status()).isEqualTo(422);
        assertThat(otherKey.status()).isEqualTo(202);
        assertThat(otherKey.json().path("bundleId").asText()).isNotEqualTo(bundleId);
        world.settle();
        assertThat(tenant.list(tenant.contactToken).items().findValuesAsText("bundleId"))
                .containsExactly(otherKey.json().path("bundleId").asText(), bundleId);
        assertThat(tenant.requestedEvents()).isEqualTo(2);
        ApiGatewayResponse newest = world.call(ApiGatewayEvents.get("/pass-bundles?limit=1").bearer(tenant.contactToken));
        assertThat(newest.items().findValuesAsText("bundleId")).containsExactly(otherKey.json().path("bundleId").asText());
        ApiGatewayResponse older = world.call(ApiGatewayEvents.get("/pass-bundles?limit=1&cursor=" + newest.next())
                .bearer(tenant.contactToken));
        assertThat(older.items().findValuesAsText("bundleId")).containsExactly(bundleId);
        assertThat(older.next()).isNull();
        ListPages.assertRefused(world.call(ApiGatewayEvents.get("/pass-bundles?limit=1&cursor=" + newest.next())
                .bearer(tenant.provider.contactToken("colleague-" + Ids.newId(), tenant.organisationId))), "cursor");
    }

    @Test
    void aHolderNamedTwiceCountsOnceAndTheShapeOfTheRequestIsChecked() {
        BundleWorld.Tenant tenant = world.tenant();
        String holderId = tenant.holders(BundleWorld.names(1)).get(0).holderId();

        ApiGatewayResponse twice = tenant.request(List.of(holderId, holderId), tenant.contactToken);
        ApiGatewayResponse badShape = world.call(ApiGatewayEvents.post("/pass-bundles").bearer(tenant.contactToken)
                .jsonBody(Map.of("holderIds", List.of(holderId), "reference", "x".repeat(101))));

        assertThat(twice.status()).isEqualTo(202);
        assertThat(twice.json().path("holderCount").asInt()).isEqualTo(1);
        assertThat(badShape.status()).isEqualTo(400);
        assertThat(badShape.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("scope", "reference");
    }

    @Test
    void onlyTheRequestingContactSeesTheBundle() {
        BundleWorld.Tenant tenant = world.tenant();
        String holderId = tenant.holders(BundleWorld.names(1)).get(0).holderId();
        String bundleId = tenant.request(List.of(holderId), tenant.contactToken).json().path("bundleId").asText();
        String colleague = tenant.provider.contactToken("colleague-" + Ids.newId(), tenant.organisationId);
        BundleWorld.Tenant otherTenant = world.tenant();

        assertThat(tenant.get(bundleId, tenant.contactToken).status()).isEqualTo(200);
        assertThat(tenant.list(tenant.contactToken).items().findValuesAsText("bundleId")).containsExactly(bundleId);
        for (String token : List.of(colleague, tenant.provider.adminToken(), otherTenant.contactToken)) {
            assertThat(tenant.get(bundleId, token).status()).isEqualTo(404);
            assertThat(tenant.list(token).items()).isEmpty();
        }
        assertThat(tenant.request(List.of(holderId), tenant.provider.adminToken()).status()).isEqualTo(403);
    }

    private ApiGatewayResponse call(BundleWorld.Tenant tenant, String key, Map<String, Object> body) {
        return world.call(ApiGatewayEvents.post("/pass-bundles").bearer(tenant.contactToken)
                .header("Idempotency-Key", key).jsonBody(body));
    }
}
