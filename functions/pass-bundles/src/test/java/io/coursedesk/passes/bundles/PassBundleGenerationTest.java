package io.coursedesk.passes.bundles;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.LocalLambdaContext;
import io.coursedesk.passes.api.PassBundlesEventHandler;
import io.coursedesk.passes.holders.QualificationHolder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.PropertySource;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From the request through outbox, bus and generator to the ZIP in S3Proxy, downloaded through the presigned link. */
class PassBundleGenerationTest {
    /** The local file header's signature and where its general purpose flag is (APPNOTE 4.3.7). */
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int UTF8_NAMES_FLAG = 1 << 11;

    private final BundleWorld world = BundleWorld.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoHundredFiftyHoldersWithTwoQualificationsEachBecomeOneZipOfFiveHundredPasses() throws Exception {
        BundleWorld.Tenant tenant = world.tenant();
        List<QualificationHolder> holders = tenant.holders(BundleWorld.names(250));

        ApiGatewayResponse accepted = tenant.request(holders.stream().map(QualificationHolder::holderId).toList(),
                tenant.contactToken);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.json().path("status").asText()).isEqualTo("PENDING");
        String bundleId = accepted.json().path("bundleId").asText();
        world.settle();

        JsonNode bundle = tenant.get(bundleId, tenant.contactToken).json();
        assertThat(bundle.path("status").asText()).isEqualTo("READY");
        assertThat(bundle.path("holderCount").asInt()).isEqualTo(250);
        assertThat(bundle.path("passCount").asInt()).isEqualTo(500);
        assertThat(bundle.path("missingHolderIds")).isEmpty();
        assertThat(bundle.path("reference").asText()).isEqualTo("Project Zuidas");
        URI download = URI.create(bundle.path("downloadUrl").asText());
        assertThat(download.getHost()).isEqualTo(world.aws.s3().endpoint().getHost());
        assertThat(tenant.list(tenant.contactToken).items().get(0).path("downloadUrl").asText()).startsWith("http");

        HttpResponse<byte[]> zip = http.send(HttpRequest.newBuilder(download).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(ByteBuffer.wrap(zip.body()).order(ByteOrder.LITTLE_ENDIAN).getInt(0)).isEqualTo(LOCAL_HEADER);
        assertThat(ByteBuffer.wrap(zip.body()).order(ByteOrder.LITTLE_ENDIAN).getShort(6) & UTF8_NAMES_FLAG)
                .isEqualTo(UTF8_NAMES_FLAG);
        Map<String, byte[]> entries = unzip(zip.body());
        assertThat(entries).hasSize(500);
        QualificationHolder first = holders.get(0);
        String firstDiploma = first.qualificationNumber() + "_Łukasz_Żółć_DEH_Diploma.pdf";
        assertThat(List.copyOf(entries.keySet()).subList(0, 2)).containsExactly(firstDiploma,
                first.qualificationNumber() + "_Łukasz_Żółć_EHK_Certificaat.pdf");
        assertThat(entries).containsKey(holders.get(3).qualificationNumber() + "_Dhr._TEST_de_Tester_DEH_Diploma.pdf");
        for (byte[] pdf : entries.values()) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
            }
        }
        try (PDDocument document = Loader.loadPDF(entries.get(firstDiploma))) {
            assertThat(new PDFTextStripper().getText(document)).contains("Łukasz Żółć", BundleWorld.PROVIDER_NAME,
                    first.qualificationNumber(), "Project Zuidas");
        }

        URI tampered = URI.create(download.toString().replace(bundleId + ".zip", bundleId + "x.zip"));
        assertThat(http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aLinkIsRefusedOnceItsValidityHasPassed() throws Exception {
        BundleWorld.Tenant tenant = world.tenant();
        String bundleId = readyBundle(tenant, tenant.holders(BundleWorld.names(1)));

        try (ApplicationContext context = context(Map.of("coursedesk.passes.download-validity", "1s"));
             APIGatewayV2HTTPEventFunction shortLinks = new APIGatewayV2HTTPEventFunction(context)) {
            JsonNode bundle = ApiGatewayResponse.of(shortLinks.handleRequest(ApiGatewayEvents.get("/pass-bundles/"
                    + bundleId).bearer(tenant.contactToken).routeFrom(world.aws.template()).toEvent(),
                    LocalLambdaContext.of("PassBundlesApiFunction"))).json();
            URI download = URI.create(bundle.path("downloadUrl").asText());
            assertThat(download.getQuery()).contains("X-Amz-Expires=1&");

            // asked again and again until the second has passed: no sleeping, at most 3 s
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            int status;
            do {
                status = http.send(HttpRequest.newBuilder(download).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } while (status == 200 && System.nanoTime() < deadline);
            assertThat(status).isEqualTo(403);
        }
    }

    @Test
    void aRedeliveredEventBuildsNothingAgain() throws Exception {
        BundleWorld.Tenant tenant = world.tenant();
        String bundleId = readyBundle(tenant, tenant.holders(BundleWorld.names(2)));
        JsonNode bundle = tenant.get(bundleId, tenant.contactToken).json();
        HeadObjectResponse before = head(tenant, bundleId);

        world.generator.deliver(BundleWorld.requestedEnvelope(tenant.tenantId(), bundle, tenant.organisationId,
                tenant.contact));
        world.generator.deliver(BundleWorld.requestedEnvelope(tenant.tenantId(), bundle, tenant.organisationId,
                tenant.contact));

        HeadObjectResponse after = head(tenant, bundleId);
        assertThat(after.eTag()).isEqualTo(before.eTag());
        assertThat(after.lastModified()).isEqualTo(before.lastModified());
        assertThat(tenant.get(bundleId, tenant.contactToken).json().path("passCount").asInt()).isEqualTo(4);
    }

    @Test
    void aFailedGenerationIsFailedWithAReasonAndThrownAndALaterDeliveryMakesItReady() throws Exception {
        BundleWorld.Tenant tenant = world.tenant();
        List<QualificationHolder> holders = tenant.holders(BundleWorld.names(2));
        world.aws.outboxStream().pause();
        JsonNode bundle;
        try {
            bundle = tenant.request(holders.stream().map(QualificationHolder::holderId).toList(),
                    tenant.contactToken).json();
            // a handler of its own (not connected to the bus) whose bucket does not exist
            try (PassBundlesEventHandler noBucket = new PassBundlesEventHandler(context(Map.of(
                    "coursedesk.bucket-name", "no-such-bucket")))) {
                String envelope = BundleWorld.requestedEnvelope(tenant.tenantId(), bundle, tenant.organisationId,
                        tenant.contact);
                assertThatThrownBy(() -> noBucket.handleRequest(new ByteArrayInputStream(
                                envelope.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                        LocalLambdaContext.of("PassBundleGeneratorFunction"))).hasMessageContaining("opgeslagen");
            }
            JsonNode failed = tenant.get(bundle.path("bundleId").asText(), tenant.contactToken).json();
            assertThat(failed.path("status").asText()).isEqualTo("FAILED");
            assertThat(failed.path("reason").asText())
                    .isEqualTo("De bundel kon niet worden opgeslagen. Het wordt automatisch opnieuw geprobeerd.");
            assertThat(failed.path("downloadUrl").isNull()).isTrue();
        } finally {
            world.aws.outboxStream().resume();
        }
        world.settle();

        JsonNode retried = tenant.get(bundle.path("bundleId").asText(), tenant.contactToken).json();
        assertThat(retried.path("status").asText()).isEqualTo("READY");
        assertThat(retried.path("reason").isNull()).isTrue();
        assertThat(retried.path("passCount").asInt()).isEqualTo(4);
    }

    @Test
    void aHolderWhoLeftTheOrganisationBeforeTheBundleWasMadeIsReportedMissing() throws Exception {
        BundleWorld.Tenant tenant = world.tenant();
        List<QualificationHolder> holders = tenant.holders(BundleWorld.names(3));
        world.aws.outboxStream().pause();
        String bundleId;
        try {
            bundleId = tenant.request(holders.stream().map(QualificationHolder::holderId).toList(),
                    tenant.contactToken).json().path("bundleId").asText();
            tenant.removeFromOrganisation(holders.get(1));
        } finally {
            world.aws.outboxStream().resume();
        }
        world.settle();

        JsonNode bundle = tenant.get(bundleId, tenant.contactToken).json();
        assertThat(bundle.path("status").asText()).isEqualTo("READY");
        assertThat(bundle.path("holderCount").asInt()).isEqualTo(3);
        assertThat(bundle.path("passCount").asInt()).isEqualTo(4);
        assertThat(bundle.path("missingHolderIds").get(0).asText()).isEqualTo(holders.get(1).holderId());
        assertThat(bundle.path("missingHolderIds")).hasSize(1);
    }

    @Test
    void mainScopeAndExpiryDatesChooseThePasses() {
        BundleWorld.Tenant tenant = world.tenant();
        List<String> holderIds = tenant.holders(BundleWorld.names(2)).stream().map(QualificationHolder::holderId)
                .toList();

        String main = bundleId(tenant, Map.of("holderIds", holderIds, "scope", "MAIN"));
        String expiring = bundleId(tenant, Map.of("holderIds", holderIds, "scope", "ALL",
                "expiryDates", List.of(BundleWorld.EHK_EXPIRES.toString())));
        world.settle();

        assertThat(tenant.get(main, tenant.contactToken).json().path("passCount").asInt()).isEqualTo(2);
        assertThat(tenant.get(expiring, tenant.contactToken).json().path("passCount").asInt()).isEqualTo(2);
        assertThat(tenant.get(expiring, tenant.contactToken).json().path("expiryDates").get(0).asText())
                .isEqualTo(BundleWorld.EHK_EXPIRES.toString());
    }

    private String bundleId(BundleWorld.Tenant tenant, Map<String, Object> body) {
        ApiGatewayResponse response = world.call(ApiGatewayEvents.post("/pass-bundles").bearer(tenant.contactToken)
                .jsonBody(body));
        assertThat(response.status()).isEqualTo(202);
        return response.json().path("bundleId").asText();
    }

    private String readyBundle(BundleWorld.Tenant tenant, List<QualificationHolder> holders) {
        String bundleId = tenant.request(holders.stream().map(QualificationHolder::holderId).toList(),
                tenant.contactToken).json().path("bundleId").asText();
        world.settle();
        assertThat(tenant.get(bundleId, tenant.contactToken).json().path("status").asText()).isEqualTo("READY");
        return bundleId;
    }

    private HeadObjectResponse head(BundleWorld.Tenant tenant, String bundleId) {
        return world.s3.headObject(b -> b.bucket(world.aws.s3().bucket())
                .key("bundles/" + tenant.tenantId() + "/" + bundleId + ".zip"));
    }

    /** The function's context as Lambda starts it, with these properties changed. */
    private static ApplicationContext context(Map<String, Object> properties) {
        ApplicationContextBuilder builder = ApplicationContext.builder();
        LambdaApplicationContextBuilder.setLambdaConfiguration(builder);
        builder.propertySources(PropertySource.of("test-overrides", properties, Integer.MAX_VALUE));
        return builder.start();
    }

    /** The entries in the ZIP's order. */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
