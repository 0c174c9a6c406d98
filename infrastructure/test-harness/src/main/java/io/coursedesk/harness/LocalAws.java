package io.coursedesk.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.bus.EventBus;
import io.coursedesk.harness.cognito.CognitoEmulator;
import io.coursedesk.harness.cognito.LambdaInvokeEndpoint;
import io.coursedesk.harness.dynamodb.CourseDeskTable;
import io.coursedesk.harness.dynamodb.LocalStreamMapping;
import io.coursedesk.harness.s3.S3Bucket;
import io.coursedesk.harness.secrets.LocalSecretsManager;
import io.coursedesk.harness.ses.MailStore;
import io.coursedesk.harness.sqs.SqsEmulator;
import io.coursedesk.harness.template.SamTemplate;
import io.coursedesk.harness.template.StreamTrigger;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.relay.OutboxRelay;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The local AWS of one test JVM, on the emulators or on LocalStack ({@link AwsServices}): DynamoDB with the
 * template's table and its stream, the outbox relay reading that stream as the template's event source mapping
 * does, the event bus with the template's rules, the local token key, and the system properties every function
 * reads its configuration from, among them random keys for the answer links, the passes and the list cursors,
 * and the local API as their base URL. Started on first use, stopped when the JVM ends. A function test calls
 * {@link #get()} and then creates the real handler; tests that share this instance call
 * {@code eventBus().reset()} before they start.
 */
public final class LocalAws {

    public static final String TABLE_NAME = "coursedesk-local";
    public static final String EVENT_BUS_NAME = "coursedesk-local";
    public static final String BUCKET_NAME = "coursedesk-local";
    public static final String PUBLIC_BASE_URL_PROPERTY = "coursedesk.public-base-url";
    public static final String LINK_SECRET_PROPERTY = "coursedesk.availability.link-secret";
    public static final String COGNITO_JWKS_PROPERTY = "micronaut.security.token.jwt.signatures.jwks.cognito.url";
    public static final String USER_POOL_ID_PROPERTY = "coursedesk.user-pool-id";
    public static final String USER_POOL_CLIENT_ID_PROPERTY = "coursedesk.user-pool-client-id";
    public static final String PASS_SIGNING_SECRET_PROPERTY = "coursedesk.passes.signing-secret";
    public static final String LIST_CURSOR_SECRET_PROPERTY = "coursedesk.list-cursor-secret";
    /** Where the local run serves the API unless told otherwise. */
    public static final URI DEFAULT_PUBLIC_BASE_URL = URI.create("http://localhost:8080");

    private static LocalAws instance;

    private final SamTemplate template;
    private final AwsServices services;
    private final DynamoDbClient dynamoDbClient;
    private final EventBus eventBus;
    private final DynamoDbStreamsClient streamsClient;
    private final EventBridgeClient relayBusClient;
    private final LocalStreamMapping outboxStream;
    private final LocalTokens tokens;
    private MailStore ses;
    private S3Bucket s3;
    private SqsEmulator sqs;
    private LocalSecretsManager secretsManager;
    private CognitoEmulator cognito;
    private LambdaInvokeEndpoint cognitoTriggers;

    private LocalAws() {
        this.template = SamTemplate.locate();
        this.services = AwsServices.start();
        this.dynamoDbClient = LocalCredentials.localClient(DynamoDbClient.builder(), services.dynamoDbEndpoint()).build();
        CourseDeskTable.create(dynamoDbClient, TABLE_NAME, template.table());
        this.eventBus = services.startEventBus(EVENT_BUS_NAME, template);
        this.streamsClient = LocalCredentials.localClient(DynamoDbStreamsClient.builder(), services.dynamoDbEndpoint()).build();
        this.relayBusClient = LocalCredentials.localClient(EventBridgeClient.builder(), eventBus.endpoint()).build();
        this.outboxStream = LocalStreamMapping.start(streamsClient, dynamoDbClient, TABLE_NAME, outboxTrigger(template),
                inProcessRelay(new OutboxRelay(dynamoDbClient, relayBusClient, new Table(TABLE_NAME), EVENT_BUS_NAME,
                        Clock.systemUTC())));
        this.tokens = LocalTokens.withRandomSecret();
        System.setProperty("coursedesk.table-name", TABLE_NAME);
        System.setProperty("coursedesk.event-bus-name", EVENT_BUS_NAME);
        System.setProperty("coursedesk.bucket-name", BUCKET_NAME);
        System.setProperty("coursedesk.aws.endpoint.dynamodb", services.dynamoDbEndpoint().toString());
        System.setProperty("coursedesk.aws.endpoint.eventbridge", eventBus.endpoint().toString());
        System.setProperty("aws.region", LocalCredentials.REGION.id());
        System.setProperty("aws.accessKeyId", LocalCredentials.ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", LocalCredentials.SECRET_ACCESS_KEY);
        System.setProperty(LocalTokens.SECRET_PROPERTY, tokens.secret());
        System.setProperty(LocalTokens.ALGORITHM_PROPERTY, LocalTokens.ALGORITHM);
        System.setProperty(LINK_SECRET_PROPERTY, LocalTokens.randomSecret());
        System.setProperty(PASS_SIGNING_SECRET_PROPERTY, LocalTokens.randomSecret());
        System.setProperty(LIST_CURSOR_SECRET_PROPERTY, LocalTokens.randomSecret());
        publicBaseUrl(DEFAULT_PUBLIC_BASE_URL);
    }

    /** The JVM's local AWS, started on the first call. */
    public static synchronized LocalAws get() {
        if (instance == null) {
            instance = new LocalAws();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "local-aws-stop"));
        }
        return instance;
    }

    /** Also starts the SES emulator (once) on a free port and points {@code coursedesk.aws.endpoint.ses} at it. */
    public synchronized LocalAws withSes() {
        if (ses == null) {
            startSes(AwsServices.ANY_PORT);
        }
        return this;
    }

    /** Also starts the SES emulator (once) on this port, where its mail viewer is, and points the functions at it. */
    public synchronized LocalAws withSes(int port) {
        if (ses == null) {
            startSes(port);
        } else if (ses.endpoint().getPort() != port) {
            throw new IllegalStateException("the SES emulator already runs on port " + ses.endpoint().getPort());
        }
        return this;
    }

    /** Also starts S3 (once) with the bucket and points {@code coursedesk.aws.endpoint.s3} at it. */
    public synchronized LocalAws withS3() {
        if (s3 == null) {
            s3 = services.startS3(BUCKET_NAME);
            System.setProperty("coursedesk.aws.endpoint.s3", s3.endpoint().toString());
        }
        return this;
    }

    /** Also starts SQS (once) with the template's queues; the bus and the outbox stream mapping dead-letter there. */
    public synchronized LocalAws withSqs() {
        if (sqs == null) {
            sqs = SqsEmulator.start();
            template.resourcesOfType(SqsEmulator.QUEUE_TYPE).forEach(queue -> sqs.createQueue(queue.logicalId()));
            eventBus.sendDeadLettersTo(sqs);
            outboxStream.sendFailuresTo(sqs);
        }
        return this;
    }

    /**
     * Also starts the Cognito emulator (once, on the emulators and on LocalStack alike) with the template's user pool
     * and client, and the Lambda Invoke API it calls the pool's triggers through ({@link #cognitoTriggers()}: point
     * it at the trigger function before signing anyone in); points the functions at its JWKS, its admin API
     * ({@code coursedesk.aws.endpoint.cognito-idp}), its pool ({@value #USER_POOL_ID_PROPERTY}) and its app client
     * ({@value #USER_POOL_CLIENT_ID_PROPERTY}).
     */
    public synchronized LocalAws withCognito() {
        if (cognito == null) {
            cognitoTriggers = LambdaInvokeEndpoint.start();
            cognito = CognitoEmulator.start(template, cognitoTriggers.endpoint());
            // functions check ID tokens of the pool themselves, as in AWS (beside the local HMAC key of minted ones)
            System.setProperty(COGNITO_JWKS_PROPERTY, cognito.jwksUri().toString());
            System.setProperty("coursedesk.aws.endpoint.cognito-idp", cognito.endpoint().toString());
            System.setProperty(USER_POOL_ID_PROPERTY, cognito.userPoolId());
            System.setProperty(USER_POOL_CLIENT_ID_PROPERTY, cognito.clientId());
        }
        return this;
    }

    /** Also starts the local Secrets Manager (once) and points {@code coursedesk.aws.endpoint.secretsmanager} at it. */
    public synchronized LocalAws withSecretsManager() {
        if (secretsManager == null) {
            secretsManager = LocalSecretsManager.start();
            System.setProperty("coursedesk.aws.endpoint.secretsmanager", secretsManager.endpoint().toString());
        }
        return this;
    }

    /** Points the links the functions put in mails (answer links) at the HTTP API that serves them. */
    public void publicBaseUrl(URI apiUrl) {
        System.setProperty(PUBLIC_BASE_URL_PROPERTY, apiUrl.toString());
    }

    public SamTemplate template() {
        return template;
    }

    /** Where DynamoDB answers: DynamoDB Local or LocalStack. */
    public URI dynamoDbEndpoint() {
        return services.dynamoDbEndpoint();
    }

    /** A client on the table's DynamoDB for checking table state; shared, do not close it. */
    public DynamoDbClient dynamoDbClient() {
        return dynamoDbClient;
    }

    public String tableName() {
        return TABLE_NAME;
    }

    public EventBus eventBus() {
        return eventBus;
    }

    /**
     * The table's stream mapping to the outbox relay. In tests it relays in this JVM with the relay function's own
     * code; the local run points it at the relay's Lambda jar.
     */
    public LocalStreamMapping outboxStream() {
        return outboxStream;
    }

    /**
     * Waits until every event committed so far is on the bus and every delivery it caused has finished, including
     * the events those deliveries committed in turn.
     */
    public void awaitEventsSettled(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int published;
        do {
            published = eventBus.published().size();
            outboxStream.awaitCaughtUp(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1)));
            eventBus.awaitIdle(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1)));
        } while (eventBus.published().size() != published);
    }

    public LocalTokens tokens() {
        return tokens;
    }

    public synchronized MailStore ses() {
        if (ses == null) {
            throw new IllegalStateException("call withSes() first");
        }
        return ses;
    }

    public synchronized S3Bucket s3() {
        if (s3 == null) {
            throw new IllegalStateException("call withS3() first");
        }
        return s3;
    }

    public synchronized SqsEmulator sqs() {
        if (sqs == null) {
            throw new IllegalStateException("call withSqs() first");
        }
        return sqs;
    }

    public synchronized CognitoEmulator cognito() {
        if (cognito == null) {
            throw new IllegalStateException("call withCognito() first");
        }
        return cognito;
    }

    /** Where the Cognito emulator invokes the user pool's triggers. */
    public synchronized LambdaInvokeEndpoint cognitoTriggers() {
        cognito();
        return cognitoTriggers;
    }

    public synchronized LocalSecretsManager secretsManager() {
        if (secretsManager == null) {
            throw new IllegalStateException("call withSecretsManager() first");
        }
        return secretsManager;
    }

    /** The relay's stream event source: the one stream mapping of the template. */
    private static StreamTrigger outboxTrigger(SamTemplate template) {
        List<StreamTrigger> streams = template.streams();
        if (streams.size() != 1) {
            throw new IllegalStateException("expected one stream mapping (the outbox relay's) in the template, found "
                    + streams.stream().map(StreamTrigger::name).toList());
        }
        return streams.get(0);
    }

    private static LocalStreamMapping.StreamTarget inProcessRelay(OutboxRelay relay) {
        ObjectMapper json = new ObjectMapper();
        return (functionId, event) -> json.writeValueAsString(relay.relay(json.readTree(event)));
    }

    private void startSes(int port) {
        ses = services.startSes(template.root(), port);
        System.setProperty("coursedesk.aws.endpoint.ses", ses.endpoint().toString());
    }

    private synchronized void stop() {
        if (cognito != null) {
            cognito.close();
            cognitoTriggers.close();
        }
        if (secretsManager != null) {
            secretsManager.stop();
        }
        outboxStream.close();
        relayBusClient.close();
        streamsClient.close();
        if (sqs != null) {
            sqs.stop();
        }
        dynamoDbClient.close();
        services.stop();
    }
}
