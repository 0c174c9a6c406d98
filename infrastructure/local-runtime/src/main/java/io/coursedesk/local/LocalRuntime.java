package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.LocalTokens;
import io.coursedesk.harness.ses.SesEmulator;
import io.coursedesk.harness.template.SamFunction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The whole suite on this machine, no Docker and no AWS account: DynamoDB Local, S3Proxy, the SES emulator with
 * its mail viewer, the local event bus wired from {@code template.yaml}, every function's own Lambda jar behind a
 * local HTTP API routed by the template, demo data seeded through the functions' own routes, and the local-only
 * routes ({@code /health}, {@code /local/*}, Swagger UI).
 */
public final class LocalRuntime implements AutoCloseable {

    public static final int DEFAULT_PORT = 8080;
    public static final int MAIL_VIEWER_PORT = 8005;

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final LocalAws aws;
    private final SesEmulator ses;
    private final LocalFunctions functions;
    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final List<DemoUser> users;

    private LocalRuntime(LocalAws aws, SesEmulator ses, LocalFunctions functions, HttpServer server,
                         ExecutorService requestThreads, List<DemoUser> users) {
        this.aws = aws;
        this.ses = ses;
        this.functions = functions;
        this.server = server;
        this.requestThreads = requestThreads;
        this.users = users;
    }

    /** Starts everything, with the HTTP API on {@code port} and the SES emulator on {@code mailPort}. */
    public static LocalRuntime start(int port, int mailPort) {
        // the harness starts the emulators and sets the functions' configuration before any function is loaded
        LocalAws aws = LocalAws.get().withS3();
        SesEmulator ses = SesEmulator.start(aws.template().root(), mailPort);
        System.setProperty("coursedesk.aws.endpoint.ses", ses.endpoint().toString());
        LocalFunctions functions = null;
        HttpServer server = null;
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        try {
            // loopback only: the demo tokens are for this machine
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setExecutor(requestThreads);
            // what the harness does not set: local values of the functions' own settings
            System.setProperty("coursedesk.public-base-url", "http://localhost:" + server.getAddress().getPort());
            System.setProperty("coursedesk.availability.link-secret", LocalTokens.withRandomSecret().secret());
            functions = new LocalFunctions(aws.template());
            LocalFunctions target = functions;
            aws.eventBus().target((functionId, envelope) -> target.get(functionId).invoke(envelope));

            ObjectMapper json = new ObjectMapper();
            server.createContext("/", new FunctionRoutes(aws.template(), functions,
                    new LocalJwtAuthorizer(aws.tokens().secret().getBytes(StandardCharsets.UTF_8)), json));
            server.createContext("/health", healthCheck(aws, ses, functions, json));
            server.createContext("/local/dead-letters", new DeadLettersPage(aws.eventBus()::deadLetters, json));
            SwaggerUi swagger = new SwaggerUi(OpenApiDocuments.readFrom(
                    aws.template().functions().stream().map(SamFunction::codeUri).toList()), json);
            server.createContext(SwaggerUi.UI_PATH, swagger);
            server.createContext(SwaggerUi.DOCUMENTS_PATH, swagger);
            server.start();

            // the sign-in routes open once the demo world exists: its users carry the ids the functions gave
            DemoTokens tokens = new DemoTokens(aws.tokens());
            URI internalApi = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            List<DemoUser> users = new DemoSeeder(internalApi, tokens, json, Clock.system(AMSTERDAM))
                    .seed(DemoSeeder.readWorld());
            LocalIdentityRoutes identity = new LocalIdentityRoutes(users, tokens, json);
            server.createContext(LocalIdentityRoutes.USERS_PATH, identity);
            server.createContext(LocalIdentityRoutes.TOKEN_PATH, identity);
            return new LocalRuntime(aws, ses, functions, server, requestThreads, users);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.stop(0);
            }
            if (functions != null) {
                functions.close();
            }
            requestThreads.shutdownNow();
            ses.stop();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    public URI apiUrl() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public URI mailViewerUrl() {
        return URI.create("http://localhost:" + ses.port());
    }

    public List<DemoUser> users() {
        return users;
    }

    public LocalAws aws() {
        return aws;
    }

    public SesEmulator ses() {
        return ses;
    }

    /** What a person needs to start: the URLs and who can sign in. */
    public String banner() {
        StringBuilder text = new StringBuilder("\nCourseDesk runs locally\n")
                .append("  API            ").append(apiUrl()).append('\n')
                .append("  Swagger UI     ").append(apiUrl()).append(SwaggerUi.UI_PATH).append("/\n")
                .append("  Mail viewer    ").append(mailViewerUrl()).append('\n')
                .append("  Health         ").append(apiUrl()).append("/health\n")
                .append("  Dead letters   ").append(apiUrl()).append("/local/dead-letters\n")
                .append("\nDemo users (token: curl -X POST ").append(apiUrl()).append(LocalIdentityRoutes.TOKEN_PATH)
                .append(" -d '{\"email\":\"...\"}')\n");
        users.forEach(user -> text.append(String.format("  %-22s %-38s %s%n", user.role(), user.email(), user.name())));
        return text.append("\nCtrl-C stops everything.\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        requestThreads.shutdownNow();
        aws.eventBus().target(null);
        functions.close();
        ses.stop();
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

    private static HealthCheck healthCheck(LocalAws aws, SesEmulator ses, LocalFunctions functions, ObjectMapper json) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        return new HealthCheck(functions, json)
                .emulator("dynamodb", () -> aws.dynamoDbClient().describeTable(b -> b.tableName(aws.tableName())))
                .emulator("s3", () -> respondsAtAll(http, aws.s3().endpoint()))
                .emulator("ses", () -> respondsAtAll(http, ses.endpoint().resolve("/store")))
                .emulator("eventBus", () -> respondsAtAll(http, aws.eventBus().endpoint()));
    }

    /** Any HTTP answer (even an error status) shows the server is serving. */
    private static void respondsAtAll(HttpClient http, URI uri) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
    }
}
