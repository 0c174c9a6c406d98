package io.coursedesk.accounts.signup;

import io.coursedesk.accounts.aws.UserPoolConfig;
import io.coursedesk.accounts.claims.TokenClaims;
import io.coursedesk.shared.http.problem.InvalidFields;
import io.coursedesk.shared.http.problem.ProblemException;
import io.coursedesk.shared.persistence.OrganisationCodes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import java.util.List;
import java.util.Optional;

/**
 * A person signs up as a student of a provider through CourseDesk: the password is checked against the pool's
 * policy ({@link PasswordPolicy}) and the provider must exist before Cognito's {@code SignUp} is called, so a refused
 * sign-up leaves no user behind. The pool's triggers then do what they do for every sign-up: pre sign-up checks the
 * attributes, and the confirmation makes the person the provider's student ({@link StudentAccounts}), and the
 * candidate of the organisation whose code they gave ({@link PendingCandidacies}).
 */
@Singleton
@Requires(property = UserPoolConfig.CLIENT_ID)
public class StudentSignUp {
    private final CognitoIdentityProviderClient cognito;
    private final String clientId;
    private final StudentAccounts accounts;
    private final OrganisationCodes codes;
    private final PendingCandidacies candidacies;

    StudentSignUp(CognitoIdentityProviderClient cognito, @Value("${" + UserPoolConfig.CLIENT_ID + "}") String clientId,
                  StudentAccounts accounts, OrganisationCodes codes, PendingCandidacies candidacies) {
        this.cognito = cognito;
        this.clientId = clientId;
        this.accounts = accounts;
        this.codes = codes;
        this.candidacies = candidacies;
    }

    public SignUpView signUp(SignUpRequest request) {
        InvalidFields invalid = new InvalidFields();
        List<String> missing = PasswordPolicy.POOL.missing(request.password());
        invalid.check(missing.isEmpty(), "password", "is too weak: it needs " + String.join(", ", missing));
        boolean providerExists = accounts.providerExists(request.providerId());
        invalid.check(providerExists, "providerId", "names no provider");
        // a form's empty field is no code
        boolean coded = request.organisationCode() != null && !request.organisationCode().isBlank() && providerExists;
        Optional<String> organisationId = coded
                ? codes.organisationWith(request.providerId(), request.organisationCode()) : Optional.empty();
        invalid.check(!coded || organisationId.isPresent(), "organisationCode",
                "is not the code of an organisation of this provider");
        invalid.throwIfAny();
        try {
            SignUpResponse signedUp = cognito.signUp(b -> b.clientId(clientId).username(request.email())
                    .password(request.password())
                    .userAttributes(attribute("email", request.email()), attribute("name", request.name()),
                            attribute(TokenClaims.PROVIDER_ATTRIBUTE, request.providerId())));
            organisationId.ifPresent(organisation -> candidacies.await(request.providerId(), signedUp.userSub(),
                    organisation));
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
