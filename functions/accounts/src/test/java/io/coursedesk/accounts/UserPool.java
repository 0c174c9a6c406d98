package io.coursedesk.accounts;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.coursedesk.accounts.api.CognitoTriggerHandler;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.cognito.CognitoEmulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

import java.text.ParseException;
import java.util.Map;
import java.util.UUID;

/**
 * The template's user pool on the Cognito emulator with its triggers running the function's own handler (through
 * the Lambda Invoke API, as the pool calls them), and what a person does there. Every user has one password.
 */
final class UserPool implements AutoCloseable {
    static final String PASSWORD = "Geheim-123!";
    /** Stands in for the temporary password Cognito mails an invited person (the emulator mails nothing). */
    static final String TEMPORARY_PASSWORD = "Tijdelijk-456?";

    private final LocalAws aws;
    private final FunctionUnderTest accounts;

    private UserPool(LocalAws aws, FunctionUnderTest accounts) {
        this.aws = aws;
        this.accounts = accounts;
    }

    static UserPool start() {
        LocalAws aws = LocalAws.get().withCognito();
        ApplicationContext context = new LambdaApplicationContextBuilder().start();
        FunctionUnderTest accounts = FunctionUnderTest.events("AccountsFunction", new CognitoTriggerHandler(context))
                .withBeans(context::getBean);
        aws.cognitoTriggers().target((functionId, event) -> accounts.deliver(event));
        return new UserPool(aws, accounts);
    }

    /** Invokes the pool's trigger function with an event as Cognito sends it; its answer. */
    String trigger(String event) throws Exception {
        return accounts.deliver(event);
    }

    CognitoEmulator cognito() {
        return aws.cognito();
    }

    <T> T bean(Class<T> type) {
        return accounts.bean(type);
    }

    static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    static String email() {
        return "user-" + UUID.randomUUID() + "@example.nl";
    }

    /** Signs in with {@code USER_PASSWORD_AUTH}. */
    AuthenticationResultType signIn(String email) {
        return cognito().client().initiateAuth(b -> b.clientId(cognito().clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", PASSWORD))).authenticationResult();
    }

    /**
     * An invited person's first sign-in, with the temporary password of the invitation's mail: Cognito answers the
     * {@code NEW_PASSWORD_REQUIRED} challenge instead of tokens.
     */
    InitiateAuthResponse firstSignIn(String email) {
        cognito().client().adminSetUserPassword(b -> b.userPoolId(cognito().userPoolId()).username(email)
                .password(TEMPORARY_PASSWORD).permanent(false));
        return cognito().client().initiateAuth(b -> b.clientId(cognito().clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", TEMPORARY_PASSWORD)));
    }

    /** Answers the first sign-in's challenge with the person's own password ({@link #PASSWORD}): their tokens. */
    AuthenticationResultType chooseOwnPassword(String email, InitiateAuthResponse challenge) {
        return cognito().client().respondToAuthChallenge(b -> b.clientId(cognito().clientId())
                .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(challenge.session())
                .challengeResponses(Map.of("USERNAME", email, "NEW_PASSWORD", PASSWORD))).authenticationResult();
    }

    JWTClaimsSet idToken(String email) throws ParseException {
        return SignedJWT.parse(signIn(email).idToken()).getJWTClaimsSet();
    }

    /** The signed-in user writes their own attributes (the emulator lets them write any; AWS only WriteAttributes). */
    void writeOwn(String email, AttributeType... attributes) {
        cognito().client().updateUserAttributes(b -> b.accessToken(signIn(email).accessToken())
                .userAttributes(attributes));
    }

    @Override
    public void close() throws Exception {
        aws.cognitoTriggers().target(null);
        accounts.close();
    }
}
