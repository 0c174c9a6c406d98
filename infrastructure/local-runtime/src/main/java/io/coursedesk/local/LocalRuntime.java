package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.HttpApiGateway;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.ses.MailStore;
import io.coursedesk.harness.template.SamFunction;
import io.coursedesk.local.openapi.OpenApiDocuments;
import io.coursedesk.operations.onboarding.Onboarding;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.persistence.TableReads;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * The whole suite on this machine, no Docker and no AWS account: DynamoDB Local and its stream relayed by the outbox
 * relay's jar, S3Proxy, the SES emulator with its mail viewer, the Cognito emulator with the template's user pool
 * (its triggers run from their jar), the local event bus wired from {@code template.yaml}, every function's own Lambda jar behind the
 * harness's HTTP API gateway with the user pool's JWT authorizer, demo users with passwords and data seeded through the functions' own routes, and
 * the local-only routes ({@code /health}, {@code /local/*}, Swagger UI and the API's merged OpenAPI document).
 */
public final class LocalRuntime implements AutoCloseable {

    public static final int DEFAULT_PORT = 8080;
    public static final int MAIL_VIEWER_PORT = 8005;

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SEEDING_SETTLES = Duration.ofSeconds(120);
    private static final Duration SCHEDULED_RUN_SETTLES = Duration.ofSeconds(60);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String DISPATCH_DEAD_LETTERS = "InvitationDispatchDeadLetterQueue";

    private final LocalAws aws;
    private final LocalFunctions functions;
    private final HttpApiGateway gateway;
    private final List<DemoUser> users;
    private final LocalSchedules schedules;

    private LocalRuntime(LocalAws aws, LocalFunctions functions, HttpApiGateway gateway, List<DemoUser> users,
                         LocalSchedules schedules) {
        this.aws = aws;
        this.functions = functions;
        this.gateway = gateway;
        this.users = users;
        this.schedules = schedules;
    }

    /** Starts everything, with the HTTP API on {@code port} and the SES emulator on {@code mailPort}. */
    public static LocalRuntime start(int port, int mailPort) {
        // the harness starts the emulators and sets the functions' configuration before any function is loaded
        LocalAws aws = LocalAws.get().withS3().withSes(mailPort).withSqs().withCognito();
        HttpApiGateway gateway = HttpApiGateway.start(aws.template(), port, LocalJwtAuthorizer.of(aws.cognito()));
        LocalFunctions functions = null;
        try {
            // the answer links in mails open this API, wherever PORT put it
            aws.publicBaseUrl(apiUrl(gateway));
            functions = new LocalFunctions(aws.template());
            LocalFunctions target = functions;
            aws.eventBus().target((functionId, envelope) -> target.get(functionId).invoke(envelope));
            // the table's stream goes to the outbox relay's own jar, as the event source mapping does in AWS
            aws.outboxStream().target((functionId, streamEvent) -> target.get(functionId).invoke(streamEvent));
            // the user pool's triggers run from their jar, invoked by the Cognito emulator through Lambda's Invoke API
            aws.cognitoTriggers().target((functionId, event) -> target.get(functionId).invoke(event));
            functions.all().forEach(function -> gateway.function(function.functionName(), function::invoke));

            ObjectMapper json = new ObjectMapper();
            MergedApi merged = MergedApi.of(aws.template());
            if (merged.failure() != null) {
                System.err.println(merged.failure());
            }
            SwaggerUi swagger = new SwaggerUi(OpenApiDocuments.readFrom(
                    aws.template().functions().stream().map(SamFunction::codeUri).toList()), merged, json);
            HealthCheck health = healthCheck(aws, functions, json);
            gateway.context("/health", health)
                    .context("/local/dead-letters", new DeadLettersPage(aws.eventBus()::deadLetters, json))
                    .context(SwaggerUi.UI_PATH, swagger)
                    .context(SwaggerUi.DOCUMENTS_PATH, swagger)
                    .context(MergedApi.PATH, swagger);

            // the sign-in routes open once the demo world exists: its users carry the ids the functions gave
            Table table = new Table(aws.tableName());
            TableReads reads = new TableReads(aws.dynamoDbClient(), table);
            DemoAccounts accounts = new DemoAccounts(aws.cognito(), new Onboarding(aws.cognito().client(),
                    aws.cognito().userPoolId(), new ProviderRepository(aws.dynamoDbClient(), table, reads),
                    new MembershipRepository(aws.dynamoDbClient(), table, reads)));
            List<DemoUser> users = new DemoSeeder(gateway.url(), accounts, json, Clock.system(AMSTERDAM),
                    new DemoTimeTravel(aws))
                    .seed(DemoSeeder.readWorld());
            LocalIdentityRoutes identity = new LocalIdentityRoutes(users, accounts, aws.cognito(), json);
            gateway.context(LocalIdentityRoutes.USERS_PATH, identity).context(LocalIdentityRoutes.TOKEN_PATH, identity)
                    .context(LocalIdentityRoutes.IDENTITY_PATH, identity);
            // ready once the seeding's events (confirmation mails) have gone through the relay and the functions
            aws.awaitEventsSettled(SEEDING_SETTLES);
            health.demoWorldReady();
            // the template's schedules fire from now on, and on request as of any time
            LocalSchedules schedules = new LocalSchedules(aws.template(),
                    (functionId, input) -> target.get(functionId).invoke(input),
                    () -> aws.awaitEventsSettled(SCHEDULED_RUN_SETTLES), Clock.systemUTC()).start();
            gateway.context(LocalSchedules.PATH, schedules);
            return new LocalRuntime(aws, functions, gateway, users, schedules);
        } catch (RuntimeException e) {
            gateway.close();
            if (functions != null) {
                functions.close();
            }
            throw e;
        }
    }

    public URI apiUrl() {
        return apiUrl(gateway);
    }

    public URI mailViewerUrl() {
        return URI.create("http://localhost:" + aws.ses().endpoint().getPort());
    }

    public List<DemoUser> users() {
        return users;
    }

    public LocalAws aws() {
        return aws;
    }

    public MailStore ses() {
        return aws.ses();
    }

    /** What the operator commands need against the local stand-ins (any credentials do) in place of a profile. */
    static final String OPERATOR_ENVIRONMENT = "AWS_REGION=" + LocalCredentials.REGION_ID + " AWS_ACCESS_KEY_ID="
            + LocalCredentials.ACCESS_KEY_ID + " AWS_SECRET_ACCESS_KEY=" + LocalCredentials.SECRET_ACCESS_KEY + " ";

    /** What a person needs to start: the URLs and who can sign in. */
    public String banner() {
        StringBuilder text = new StringBuilder("\nCourseDesk runs locally\n")
                .append("  API            ").append(apiUrl()).append('\n')
                .append("  Swagger UI     ").append(apiUrl()).append(SwaggerUi.UI_PATH).append("/\n")
                .append("  OpenAPI        ").append(apiUrl()).append(MergedApi.PATH).append('\n')
                .append("  Mail viewer    ").append(mailViewerUrl()).append('\n')
                .append("  Health         ").append(apiUrl()).append("/health\n")
                .append("  Cognito        ").append(aws.cognito().endpoint()).append(" (user pool ")
                .append(aws.cognito().userPoolId()).append(", client ").append(aws.cognito().clientId())
                .append("; GET ").append(LocalIdentityRoutes.IDENTITY_PATH).append(")\n")
                .append("  Dead letters   ").append(apiUrl()).append("/local/dead-letters\n")
                .append("  Schedules      ").append(apiUrl()).append(LocalSchedules.PATH)
                .append(" (POST ").append(LocalSchedules.PATH).append("/{name}/run?at=<instant> runs one)\n")
                .append("  Redrive        ").append(OPERATOR_ENVIRONMENT)
                .append("./redrive --queue-url ").append(aws.sqs().queueUrl(DISPATCH_DEAD_LETTERS))
                .append(" --event-bus ").append(aws.eventBus().busName())
                .append(" --sqs-endpoint ").append(aws.sqs().endpoint())
                .append(" --events-endpoint ").append(aws.eventBus().endpoint()).append('\n')
                .append("  Onboard        ").append(OPERATOR_ENVIRONMENT)
                .append("./onboard --provider-id ID --name NAME --notification-email EMAIL")
                .append(" --admin-email EMAIL --admin-name NAME --table ").append(aws.tableName())
                .append(" --user-pool-id ").append(aws.cognito().userPoolId())
                .append(" --dynamodb-endpoint ").append(aws.dynamoDbEndpoint())
                .append(" --cognito-endpoint ").append(aws.cognito().endpoint()).append('\n')
                .append("\nDemo users, password ").append(DemoAccounts.PASSWORD).append(" (ID token: curl -X POST ")
                .append(apiUrl()).append(LocalIdentityRoutes.TOKEN_PATH).append(" -d '{\"email\":\"...\"}')\n");
        users.forEach(user -> text.append(String.format("  %-22s %-38s %s%n", user.role(), user.email(), user.name())));
        return text.append("\nCtrl-C stops everything.\n").toString();
    }

    /** Stops the API and the functions; the emulators stop with the JVM. */
    @Override
    public void close() {
        schedules.close();
        gateway.close();
        aws.eventBus().target(null);
        aws.outboxStream().target(null);
        aws.cognitoTriggers().target(null);
        functions.close();
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", Integer.toString(DEFAULT_PORT)));
        LocalRuntime runtime;
        try {
            runtime = start(port, MAIL_VIEWER_PORT);
        } catch (RuntimeException e) {
            e.printStackTrace();
            // DynamoDB Local's threads would keep a failed start alive
            System.exit(1);
            return;
        }
        // Ctrl-C runs the hooks (this one and the harness's, which stops DynamoDB Local and the bus), then the JVM
        // halts even though DynamoDB Local leaves non-daemon threads behind
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "local-runtime-stop"));
        System.out.println(runtime.banner());
    }

    /** Where people reach the API. */
    private static URI apiUrl(HttpApiGateway gateway) {
        return URI.create("http://localhost:" + gateway.port());
    }

    private static HealthCheck healthCheck(LocalAws aws, LocalFunctions functions, ObjectMapper json) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        return new HealthCheck(functions, json)
                .emulator("dynamodb", () -> aws.dynamoDbClient().describeTable(b -> b.tableName(aws.tableName())))
                .emulator("s3", () -> respondsAtAll(http, aws.s3().endpoint()))
                .emulator("ses", () -> respondsAtAll(http, aws.ses().endpoint().resolve("/store")))
                .emulator("cognito", () -> respondsAtAll(http, aws.cognito().jwksUri()))
                .emulator("eventBus", () -> respondsAtAll(http, aws.eventBus().endpoint()));
    }

    /** Any HTTP answer (even an error status) shows the server is serving. */
    private static void respondsAtAll(HttpClient http, URI uri) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
    }
}
