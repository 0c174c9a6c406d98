package io.coursedesk.accounts.aws;

/**
 * Where the user pool and its app client are named: {@code COURSEDESK_USER_POOL_ID} and
 * {@code COURSEDESK_USER_POOL_CLIENT_ID} in AWS. The triggers' function has neither (the pool names that function, so
 * naming the pool back would be a cycle), and so none of the beans that need them.
 */
public final class UserPoolConfig {
    public static final String USER_POOL_ID = "coursedesk.user-pool-id";
    /** The app client a person signs up and signs in with (the front end's). */
    public static final String CLIENT_ID = "coursedesk.user-pool-client-id";

    private UserPoolConfig() {
    }
}
