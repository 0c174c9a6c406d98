package io.coursedesk.accounts.signup;

import io.micronaut.core.annotation.Introspected;

/**
 * A sign-up the user pool took: {@code userId} is the new user's {@code sub}; {@code confirmed} is false until the
 * person confirms the code Cognito mailed to their email, after which they are the provider's student and sign in.
 */
@Introspected
public record SignUpView(String userId, String email, String providerId, boolean confirmed) {
}
