package io.coursedesk.harness;

import io.coursedesk.harness.localstack.LocalStackServices;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every test relies on, whichever services run below: the default build runs it on the emulators and once
 * more on LocalStack (skipped with its reason where Docker is missing).
 */
class LocalAwsTest {

    private final LocalAws aws = LocalAws.get();

    @Test
    void createsTheTableAsTheTemplateDeclaresIt() {
        TableDescription table = aws.dynamoDbClient().describeTable(r -> r.tableName(aws.tableName())).table();

        assertThat(table.keySchema()).extracting(k -> k.attributeName() + ":" + k.keyTypeAsString())
                .containsExactly("PK:HASH", "SK:RANGE");
        assertThat(table.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
                .containsExactlyInAnyOrder("GSI1", "GSI2");
        assertThat(table.globalSecondaryIndexes()).allSatisfy(index ->
                assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL));
        assertThat(aws.dynamoDbClient().describeTimeToLive(r -> r.tableName(aws.tableName()))
                .timeToLiveDescription().attributeName()).isEqualTo("expiresAt");
    }

    @Test
    void aClientBuiltFromTheSystemPropertiesSeesTheSameDatabase() {
        String key = "LocalAwsTest#" + System.nanoTime();
        try (DynamoDbClient functionClient = DynamoDbClient.builder()
                .endpointOverride(URI.create(System.getProperty("coursedesk.aws.endpoint.dynamodb")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            functionClient.putItem(r -> r.tableName(System.getProperty("coursedesk.table-name"))
                    .item(Map.of("PK", AttributeValue.fromS(key), "SK", AttributeValue.fromS("A"))));
        }

        assertThat(aws.dynamoDbClient().getItem(r -> r.tableName(aws.tableName())
                .key(Map.of("PK", AttributeValue.fromS(key), "SK", AttributeValue.fromS("A")))).hasItem()).isTrue();
    }

    @Test
    void anEventBridgeClientBuiltFromTheSystemPropertiesPublishesOnTheLocalBus() {
        aws.eventBus().reset();
        try (EventBridgeClient functionClient = EventBridgeClient.builder()
                .endpointOverride(URI.create(System.getProperty("coursedesk.aws.endpoint.eventbridge")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            functionClient.putEvents(r -> r.entries(e -> e.eventBusName(System.getProperty("coursedesk.event-bus-name"))
                    .source("coursedesk.test").detailType("Probe").detail("{\"n\":1}")));
        }

        assertThat(aws.eventBus().awaitPublished("Probe", e -> e.detail().path("n").asInt() == 1, Duration.ofSeconds(5))
                .busName()).isEqualTo(LocalAws.EVENT_BUS_NAME);
    }

    @Test
    void theTemplatesRulesDeliverWhatTheirPatternsMatchToTheirFunction() {
        List<String> deliveries = new CopyOnWriteArrayList<>();
        aws.eventBus().reset();
        aws.eventBus().target((functionId, envelope) -> deliveries.add(functionId + " " + envelope));
        try (EventBridgeClient functionClient = LocalCredentials.localClient(EventBridgeClient.builder(),
                URI.create(System.getProperty("coursedesk.aws.endpoint.eventbridge"))).build()) {
            for (String answer : List.of("AVAILABLE", "UNAVAILABLE")) {
                functionClient.putEvents(r -> r.entries(e -> e.eventBusName(System.getProperty("coursedesk.event-bus-name"))
                        .source("coursedesk.availability").detailType("InstructorResponded")
                        .detail("{\"answer\":\"" + answer + "\"}")));
            }
        }
        aws.eventBus().awaitIdle(Duration.ofSeconds(10));

        assertThat(deliveries).singleElement().satisfies(delivery -> assertThat(delivery)
                .startsWith("InvitationDispatchFunction ").contains("\"answer\":\"AVAILABLE\""));
        aws.eventBus().reset();
    }

    @Test
    void mailSentThroughTheSystemPropertiesCanBeReadBack() {
        aws.withSes();
        String recipient = "anna-" + UUID.randomUUID() + "@example.nl";
        try (SesV2Client functionClient = LocalCredentials.localClient(SesV2Client.builder(),
                URI.create(System.getProperty("coursedesk.aws.endpoint.ses"))).build()) {
            functionClient.sendEmail(r -> r.fromEmailAddress("noreply@" + LocalStackServices.SENDER_DOMAIN)
                    .destination(d -> d.toAddresses(recipient))
                    .content(c -> c.simple(m -> m.subject(t -> t.data("Bevestiging")).body(b -> b.text(t -> t.data("Ingeschreven."))))));
        }

        assertThat(aws.ses().awaitEmail(mail -> mail.recipients().contains(recipient), Duration.ofSeconds(10)).subject())
                .isEqualTo("Bevestiging");
    }

    @Test
    void theBucketTakesWhatAClientBuiltFromTheSystemPropertiesPuts() {
        aws.withS3();
        String key = "exports/" + UUID.randomUUID() + ".txt";
        try (S3Client functionClient = LocalCredentials.localClient(S3Client.builder(),
                URI.create(System.getProperty("coursedesk.aws.endpoint.s3"))).forcePathStyle(true).build()) {
            functionClient.putObject(r -> r.bucket(System.getProperty("coursedesk.bucket-name")).key(key),
                    RequestBody.fromString("cursisten"));

            assertThat(functionClient.getObjectAsBytes(r -> r.bucket(aws.s3().bucket()).key(key)).asUtf8String())
                    .isEqualTo("cursisten");
        }
    }

    @Test
    void setsTheTokenKeyMicronautValidatesWith() {
        assertThat(System.getProperty(LocalTokens.SECRET_PROPERTY)).isEqualTo(aws.tokens().secret());
        assertThat(System.getProperty(LocalTokens.ALGORITHM_PROPERTY)).isEqualTo("HS256");
        assertThat(System.getProperty("aws.region")).isEqualTo("eu-west-1");
    }

    @Test
    void givesTheAnswerLinksARandomKeyAndTheLocalApiAsBaseUrl() {
        assertThat(System.getProperty(LocalAws.LINK_SECRET_PROPERTY)).hasSize(64).isNotEqualTo(aws.tokens().secret());
        assertThat(System.getProperty(LocalAws.PUBLIC_BASE_URL_PROPERTY)).isEqualTo("http://localhost:8080");
    }
}
