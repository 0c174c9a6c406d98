package io.coursedesk.accounts.api;

import io.coursedesk.accounts.aws.UserPoolConfig;
import io.coursedesk.accounts.signup.SignUpRequest;
import io.coursedesk.accounts.signup.SignUpView;
import io.coursedesk.accounts.signup.StudentSignUp;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** {@code POST /sign-up}: the one public route of the accounts API; a person signs up as a provider's student. */
@Controller("/sign-up")
@Tag(name = "Sign-up")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = UserPoolConfig.CLIENT_ID)
public class SignUpController {
    private final StudentSignUp signUp;

    public SignUpController(StudentSignUp signUp) {
        this.signUp = signUp;
    }

    @Post
    @SecurityRequirements
    @Operation(summary = "Public: sign up as a student of a provider",
            description = "No token needed. Email, password, name and providerId (the provider whose catalogue the "
                    + "person came from). A password that misses part of the user pool's policy (length, upper and "
                    + "lower case, a digit, a symbol) is refused with a 400 naming password and what it "
                    + "lacks, as is an unknown providerId; nothing is created then. 409 when the email has an account "
                    + "already. Cognito mails a code; once the email is confirmed the person is the provider's "
                    + "student (linked to its student record with the same email) and signs in.")
    public HttpResponse<SignUpView> signUp(@Valid @Body SignUpRequest request) {
        return HttpResponse.created(signUp.signUp(request));
    }
}
