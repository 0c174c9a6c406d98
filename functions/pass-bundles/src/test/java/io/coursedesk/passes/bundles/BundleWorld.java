package io.coursedesk.passes.bundles;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.passes.PassBundlesFunction;
import io.coursedesk.passes.CourseWorld;
import io.coursedesk.passes.api.PassBundlesEventHandler;
import io.coursedesk.passes.holders.HolderWithQualifications;
import io.coursedesk.passes.holders.Membership;
import io.coursedesk.passes.holders.Qualification;
import io.coursedesk.passes.holders.QualificationHolder;
import io.coursedesk.passes.holders.QualificationHolderRepository;
import io.coursedesk.passes.holders.QualificationType;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.events.EventSources;
import io.coursedesk.shared.events.PassBundleRequested;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.TransactionWriter;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pass-bundles function as its bundle tests meet it: the API handler, the generator handler connected to the
 * local bus (so a request's event really goes outbox -> bus -> generator), S3Proxy behind both, and a provider
 * with an organisation, its contact and holders with a DEH diploma and an EHK certificate each.
 */
final class BundleWorld {
    static final Duration SETTLE = Duration.ofSeconds(90);
    static final String PROVIDER_NAME = "Veilig Werken Opleidingen";
    static final LocalDate DEH_EXPIRES = LocalDate.of(2027, 3, 1);
    static final LocalDate EHK_EXPIRES = LocalDate.of(2026, 12, 31);
    private static final AtomicLong NUMBERS = new AtomicLong(99_600_000L + System.nanoTime() % 1_000_000L);
    private static BundleWorld instance;

    final FunctionUnderTest api;
    final FunctionUnderTest generator;
    final LocalAws aws;
    final S3Client s3;

    private BundleWorld() {
        api = PassBundlesFunction.api();
        aws = api.aws();
        generator = FunctionUnderTest.events("PassBundleGeneratorFunction", new PassBundlesEventHandler())
                .receiveFromBus();
        s3 = LocalCredentials.localClient(S3Client.builder(), aws.s3().endpoint()).forcePathStyle(true).build();
    }

    static synchronized BundleWorld get() {
        if (instance == null) {
            instance = new BundleWorld();
        }
        return instance;
    }

    /** A provider (with its profile) and one organisation of it. */
    Tenant tenant() {
        CourseWorld provider = new CourseWorld(api.aws());
        api.bean(ProviderRepository.class).save(new Provider(provider.tenantId,
                PROVIDER_NAME, "planning@" + provider.tenantId + ".example"));
        return new Tenant(provider, provider.organisation("Bouwbedrijf Hoogland"));
    }

    ApiGatewayResponse call(ApiGatewayEvents.Request request) {
        return api.call(request);
    }

    void settle() {
        aws.awaitEventsSettled(SETTLE);
    }

    /** The request event of a bundle as the bus would deliver it. */
    static String requestedEnvelope(String tenantId, JsonNode bundle, String organisationId, String requestedBy) {
        return FunctionUnderTest.envelope(EventSources.PASS_BUNDLES, "PassBundleRequested", PassBundleRequested.of(
                tenantId, Instant.parse(bundle.path("createdAt").asText()), bundle.path("bundleId").asText(),
                organisationId, requestedBy));
    }

    final class Tenant {
        final CourseWorld provider;
        final String organisationId;
        final String contact = "contact-" + Ids.newId();
        final String contactToken;

        Tenant(CourseWorld provider, String organisationId) {
            this.provider = provider;
            this.organisationId = organisationId;
            this.contactToken = provider.contactToken(contact, organisationId);
        }

        String tenantId() {
            return provider.tenantId;
        }

        /** Holders of the organisation with a DEH diploma and an EHK certificate each, named after {@code names}. */
        List<QualificationHolder> holders(List<String> names) {
            return holders(names, organisationId);
        }

        List<QualificationHolder> holders(List<String> names, String organisationId) {
            QualificationHolderRepository repository = api.bean(QualificationHolderRepository.class);
            TransactionWriter writes = api.bean(TransactionWriter.class);
            List<QualificationHolder> made = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                made.add(new QualificationHolder(Ids.newId(), tenantId(), Long.toString(NUMBERS.incrementAndGet()),
                        names.get(i), LocalDate.of(1980, 1, 1).plusDays(i), null,
                        List.of(new Membership(organisationId, "P-" + i))));
            }
            // three items each (holder, membership, number): 30 holders per transaction
            for (int from = 0; from < made.size(); from += 30) {
                List<software.amazon.awssdk.services.dynamodb.model.TransactWriteItem> items = new ArrayList<>();
                made.subList(from, Math.min(from + 30, made.size())).forEach(holder -> items.addAll(
                        repository.save(holder, qualifications(), Optional.empty())));
                if (!writes.write(items).committed()) {
                    throw new IllegalStateException("holders not written");
                }
            }
            return made;
        }

        /** The holder leaves the organisation (as if removed from it) after the bundle was asked for. */
        void removeFromOrganisation(QualificationHolder holder) {
            QualificationHolderRepository repository = api.bean(QualificationHolderRepository.class);
            HolderWithQualifications stored = repository.find(tenantId(), holder.holderId()).orElseThrow();
            QualificationHolder left = new QualificationHolder(holder.holderId(), tenantId(),
                    holder.qualificationNumber(), holder.name(), holder.birthDate(), null, List.of());
            if (!api.bean(TransactionWriter.class).write(repository.save(left, stored.qualifications(),
                    Optional.of(stored))).committed()) {
                throw new IllegalStateException("holder not changed");
            }
        }

        ApiGatewayResponse request(List<String> holderIds, String token) {
            return call(ApiGatewayEvents.post("/pass-bundles").bearer(token)
                    .jsonBody(Map.of("holderIds", holderIds, "scope", "ALL", "reference", "Project Zuidas")));
        }

        ApiGatewayResponse get(String bundleId, String token) {
            return call(ApiGatewayEvents.get("/pass-bundles/" + bundleId).bearer(token));
        }

        ApiGatewayResponse list(String token) {
            return call(ApiGatewayEvents.get("/pass-bundles").bearer(token));
        }

        /** The PassBundleRequested events of this tenant on the bus. */
        long requestedEvents() {
            return aws.eventBus().published().stream()
                    .filter(event -> event.detailType().equals("PassBundleRequested")
                            && event.detail().path("tenantId").asText().equals(tenantId()))
                    .count();
        }
    }

    static List<Qualification> qualifications() {
        return List.of(
                new Qualification("q-deh", "Diploma Eerste Hulp", "DEH", QualificationType.DIPLOMA, "Eerste Hulp",
                        "EX-1", LocalDate.of(2025, 3, 1), DEH_EXPIRES),
                new Qualification("q-ehk", "Eerste Hulp aan Kinderen", "EHK", QualificationType.CERTIFICATE,
                        "Kinder-EHBO", "EX-2", LocalDate.of(2024, 12, 31), EHK_EXPIRES));
    }

    static List<String> names(int count) {
        List<String> names = new ArrayList<>(List.of("Łukasz Żółć", "Şükrü Öztürk", "Zoë van 't Hek",
                "Dhr. TEST de Tester"));
        for (int i = names.size(); i < count; i++) {
            names.add("Medewerker " + i + " Jansen");
        }
        return names.subList(0, count);
    }
}
