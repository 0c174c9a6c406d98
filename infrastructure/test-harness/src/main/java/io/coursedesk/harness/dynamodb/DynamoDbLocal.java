package io.coursedesk.harness.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.coursedesk.harness.FreePort;
import io.coursedesk.harness.LocalCredentials;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;

/**
 * Amazon's DynamoDB Local in server mode on a port of this machine, in memory. Server mode (not the embedded
 * client) so that concurrent clients and the functions' own SDK clients meet the same HTTP endpoint as in AWS.
 * <p>
 * After {@link #stop()} DynamoDB Local leaves non-daemon scheduler threads behind for minutes: a program that
 * started it must end with {@code System.exit}.
 */
public final class DynamoDbLocal implements AutoCloseable {

    private static final int START_ATTEMPTS = 3;

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocal(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts on a free port. */
    public static DynamoDbLocal start() {
        RuntimeException last = null;
        // the free port may be taken between finding and binding it
        for (int attempt = 0; attempt < START_ATTEMPTS; attempt++) {
            try {
                return start(FreePort.find());
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    public static DynamoDbLocal start(int port) {
        try {
            // -sharedDb: one database whatever access key or region a client signs with
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[]{
                    "-inMemory", "-sharedDb", "-port", Integer.toString(port), "-disableTelemetry"});
            server.start();
            return new DynamoDbLocal(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A new client for this server; the caller closes it. */
    public DynamoDbClient newClient() {
        return LocalCredentials.localClient(DynamoDbClient.builder(), endpoint()).build();
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
