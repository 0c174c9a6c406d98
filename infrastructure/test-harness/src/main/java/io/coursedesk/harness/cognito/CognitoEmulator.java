package io.coursedesk.harness.cognito;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.LocalCredentials;
import io.coursedesk.harness.node.NodeEmulator;
import io.coursedesk.harness.template.SamTemplate;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Cognito on this machine: {@code cognito-local} (npm, pinned in {@value NodeEmulator#MODULE}) run with node in a
 * fresh temporary folder (it keeps its state in {@code .cognito/} there), with the user pool and app client of
 * {@code template.yaml} ({@link TemplateUserPool}). Its ID tokens are RS256, verifiable through {@link #jwksUri()}.
 * It does not enforce the password policy nor the client's write attributes: no rule may rely on it.
 */
public final class CognitoEmulator implements AutoCloseable {

    private static final String CLI = "node_modules/cognito-local/lib/bin/start.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NodeEmulator process;
    private final CognitoIdentityProviderClient client;
    private final String userPoolId;
    private final String clientId;

    private CognitoEmulator(NodeEmulator process, CognitoIdentityProviderClient client, String userPoolId,
                            String clientId) {
        this.process = process;
        this.client = client;
        this.userPoolId = userPoolId;
        this.clientId = clientId;
    }

    /**
     * Starts the emulator on a free port with the template's user pool and client, calling the pool's triggers
     * through the Lambda Invoke API at {@code lambdaEndpoint}.
     */
    public static CognitoEmulator start(SamTemplate template, URI lambdaEndpoint) {
        int port = FreePort.find();
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        TemplateUserPool pool = TemplateUserPool.of(template);
        Path home = writeConfig(port, endpoint, lambdaEndpoint, pool.triggers());
        NodeEmulator process = NodeEmulator.start("the Cognito emulator", template.root(), CLI, List.of(),
                Map.of("PORT", Integer.toString(port)), home, port);
        CognitoIdentityProviderClient client = LocalCredentials.localClient(CognitoIdentityProviderClient.builder(),
                endpoint).build();
        try {
            String userPoolId = client.createUserPool(pool.createUserPool()).userPool().id();
            String clientId = client.createUserPoolClient(pool.createClient(userPoolId)).userPoolClient().clientId();
            return new CognitoEmulator(process, client, userPoolId, clientId);
        } catch (RuntimeException e) {
            client.close();
            process.close();
            throw e;
        }
    }

    /** The endpoint override for the SDK's {@code CognitoIdentityProviderClient}. */
    public URI endpoint() {
        return process.endpoint();
    }

    public String userPoolId() {
        return userPoolId;
    }

    /** The app client of the template: the audience of its ID tokens. */
    public String clientId() {
        return clientId;
    }

    /** The {@code iss} of the pool's tokens. */
    public String issuer() {
        return endpoint() + "/" + userPoolId;
    }

    public URI jwksUri() {
        return URI.create(issuer() + "/.well-known/jwks.json");
    }

    /** A client on the emulator (admin calls and a user's own calls alike); shared, do not close it. */
    public CognitoIdentityProviderClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        process.close();
    }

    /**
     * A fresh folder with {@code .cognito/config.json}: where it listens, the issuer its tokens name, and which
     * function runs each trigger, invoked where.
     */
    private static Path writeConfig(int port, URI endpoint, URI lambdaEndpoint, Map<String, String> triggers) {
        try {
            Path home = Files.createTempDirectory("cognito-local-");
            Path config = Files.createDirectories(home.resolve(".cognito")).resolve("config.json");
            ObjectNode settings = JSON.createObjectNode();
            settings.putObject("ServerConfig").put("hostname", "127.0.0.1").put("port", port);
            settings.putObject("TokenConfig").put("IssuerDomain", endpoint.toString());
            ObjectNode lambda = settings.putObject("LambdaClient").put("endpoint", lambdaEndpoint.toString())
                    .put("region", LocalCredentials.REGION_ID);
            lambda.putObject("credentials").put("accessKeyId", LocalCredentials.ACCESS_KEY_ID)
                    .put("secretAccessKey", LocalCredentials.SECRET_ACCESS_KEY);
            ObjectNode functions = settings.putObject("TriggerFunctions");
            triggers.forEach(functions::put);
            Files.writeString(config, JSON.writeValueAsString(settings));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Cognito emulator's folder", e);
        }
    }
}
