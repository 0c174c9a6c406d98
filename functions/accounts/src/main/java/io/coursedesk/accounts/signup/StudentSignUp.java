package io.coursedesk.accounts.signup;

import io.coursedesk.accounts.aws.UserPoolConfig;
import io.coursedesk.accounts.claims.TokenClaims;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.util.List;

/**
 * A person signs up as a student of a provider through CourseDesk: the password is checked against the pool's
 * policy ({@link PasswordPolicy}) and the provider must exist before Cognito's {@code SignUp} is called, so a refused
 * sign-up leaves no user behind. The pool's triggers then do what they do for every sign-up: pre sign-up checks the
 * attributes, and the confirmation makes the person the provider's student ({@link StudentAccounts}).
 */
@Singleton
@Requires(property = UserPoolConfig.CLIENT_ID)
public class StudentSignUp {
    private final CognitoIdentityProviderClient cognito;
    private final String clientId;
    private final StudentAccounts accounts;

    StudentSignUp(CognitoIdentityProviderClient cognito, @Value("${" + UserPoolConfig.CLIENT_ID + "}") String clientId,
                  StudentAccounts accounts) {
        this.cognito = cognito;
        this.clientId = clientId;
        this.accounts = accounts;
    }

    public SignUpView signUp(SignUpRequest request) {
        InvalidFields invalid = new InvalidFields();
        List<String> missing = PasswordPolicy.POOL.missing(request.password());
        invalid.check(missing.isEmpty(), "password", "is too weak: it needs " + String.join(", ", missing));
        invalid.check(accounts.providerExists(request.providerId()), "providerId", "names no provider");
        invalid.throwIfAny();
        try {
            SignUpResponse signedUp = cognito.signUp(b -> b.clientId(clientId).username(request.email())
                    .password(request.password())
                    .userAttributes(attribute("email", request.email()), attribute("name", request.name()),
                            attribute(TokenClaims.PROVIDER_ATTRIBUTE, request.providerId())));
            return new SignUpView(signedUp.userSub(), request.email(), request.providerId(),
                    Boolean.TRUE.equals(signedUp.userConfirmed()));
        } catch (UsernameExistsException e) {
            throw ProblemException.conflict("There is an account with this email already: sign in with it. To become "
                    + "a student of this provider as well, set your custom:providerId to it and sign in again.");
        } catch (InvalidPasswordException e) {
            // AWS may refuse more than the policy says (a password known from a breach)
            throw ProblemException.invalid("password", "is refused: " + e.awsErrorDetails().errorMessage());
        }
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }
}
