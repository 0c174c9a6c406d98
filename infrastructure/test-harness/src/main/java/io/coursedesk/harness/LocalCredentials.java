package io.coursedesk.harness;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

/** The dummy credentials, region and account every local stand-in and every client in a test uses. */
public final class LocalCredentials {

    public static final String ACCESS_KEY_ID = "local";
    public static final String SECRET_ACCESS_KEY = "local-secret";
    /** A compile-time constant, so code that needs only the id (the bench's lean JVM) does not load the SDK. */
    public static final String REGION_ID = "eu-west-1";
    public static final Region REGION = Region.of(REGION_ID);
    /** The account in ARNs, events and request contexts. */
    public static final String ACCOUNT_ID = "123456789012";

    private LocalCredentials() {
    }

    public static StaticCredentialsProvider provider() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }

    /** Points an SDK client builder at a local stand-in, signed with the dummy credentials, ready to build. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B localClient(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint).region(REGION).credentialsProvider(provider())
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }
}
