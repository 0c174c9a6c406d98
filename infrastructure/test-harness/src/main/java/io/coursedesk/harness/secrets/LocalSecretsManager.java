package io.coursedesk.harness.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.coursedesk.harness.AwsJsonProtocol;
import io.coursedesk.harness.LocalCredentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets Manager for the one operation a function uses: GetSecretValue (AWS JSON 1.1, {@code X-Amz-Target:
 * secretsmanager.GetSecretValue}), on a loopback port. There is no Secrets Manager emulator to run, and the SDK
 * client must meet a real wire protocol, not a mock. A secret is found by its ARN or its name, as in AWS; an
 * unknown one is a {@code ResourceNotFoundException}.
 */
public final class LocalSecretsManager {

    private static final String GET_SECRET_VALUE = "secretsmanager.GetSecretValue";

    private final HttpServer server;
    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();

    private LocalSecretsManager(HttpServer server) {
        this.server = server;
    }

    public static LocalSecretsManager start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalSecretsManager secretsManager = new LocalSecretsManager(server);
            server.createContext("/", secretsManager::handle);
            server.start();
            return secretsManager;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local Secrets Manager", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** Stores a string secret under this name (replacing one of that name) and returns its ARN. */
    public String put(String name, String value) {
        String arn = "arn:aws:secretsmanager:" + LocalCredentials.REGION_ID + ":" + LocalCredentials.ACCOUNT_ID
                + ":secret:" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
        secrets.values().removeIf(secret -> secret.name().equals(name));
        secrets.put(arn, new Secret(arn, name, value, UUID.randomUUID().toString(), Instant.now()));
        return arn;
    }

    public void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String operation = AwsJsonProtocol.operation(exchange);
            if (!GET_SECRET_VALUE.equals(operation)) {
                AwsJsonProtocol.error(exchange, "UnknownOperationException",
                        "the local Secrets Manager only supports GetSecretValue, not " + operation);
                return;
            }
            JsonNode request;
            try {
                request = AwsJsonProtocol.JSON.readTree(AwsJsonProtocol.body(exchange));
            } catch (IOException e) {
                AwsJsonProtocol.error(exchange, "SerializationException", "request body is not JSON");
                return;
            }
            String secretId = request.path("SecretId").asText("");
            Secret secret = secrets.get(secretId);
            if (secret == null) {
                secret = secrets.values().stream().filter(s -> s.name().equals(secretId)).findFirst().orElse(null);
            }
            if (secret == null) {
                AwsJsonProtocol.error(exchange, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
                return;
            }
            AwsJsonProtocol.respond(exchange, 200, AwsJsonProtocol.JSON.createObjectNode()
                    .put("ARN", secret.arn())
                    .put("Name", secret.name())
                    .put("VersionId", secret.versionId())
                    .put("SecretString", secret.value())
                    .put("CreatedDate", secret.created().getEpochSecond())
                    .set("VersionStages", AwsJsonProtocol.JSON.createArrayNode().add("AWSCURRENT")));
        }
    }

    private record Secret(String arn, String name, String value, String versionId, Instant created) {
    }
}
