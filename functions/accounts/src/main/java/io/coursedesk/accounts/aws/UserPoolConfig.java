package io.coursedesk.accounts.aws;

/**
 * Where the user pool is named: {@code COURSEDESK_USER_POOL_ID} in AWS. The triggers' function has none (the pool
 * names that function, so naming the pool back would be a cycle), and so none of the beans that need it.
 */
public final class UserPoolConfig {
    public static final String USER_POOL_ID = "coursedesk.user-pool-id";

    private UserPoolConfig() {
    }
}
