package io.coursedesk.accounts;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.coursedesk.accounts.api.CognitoTriggerHandler;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.cognito.CognitoEmulator;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A student signs up with a provider on the Cognito emulator, whose triggers run the function's own handler. */
class StudentSignUpTest {
    private static final String PASSWORD = "Geheim-123!";

    private static LocalAws aws;
    private static CognitoEmulator cognito;
    private static FunctionUnderTest accounts;
    private static ProviderRepository providers;
    private static StudentRepository students;

    @BeforeAll
    static void start() {
        aws = LocalAws.get().withCognito();
        cognito = aws.cognito();
        ApplicationContext context = new LambdaApplicationContextBuilder().start();
        accounts = FunctionUnderTest.events("AccountsFunction", new CognitoTriggerHandler(context))
                .withBeans(context::getBean);
        aws.cognitoTriggers().target((functionId, event) -> accounts.deliver(event));
        providers = accounts.bean(ProviderRepository.class);
        students = accounts.bean(StudentRepository.class);
    }

    @AfterAll
    static void stop() throws Exception {
        aws.cognitoTriggers().target(null);
        accounts.close();
    }

    private static String provider() {
        String tenantId = "provider-" + UUID.randomUUID();
        providers.save(new Provider(tenantId, "Opleider " + tenantId, "planning@" + tenantId + ".example"));
        return tenantId;
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static void signUp(String email, AttributeType... attributes) {
        cognito.client().signUp(b -> b.clientId(cognito.clientId()).username(email).password(PASSWORD)
                .userAttributes(attributes));
    }

    private static String signIn(String email, AuthenticationPart part) {
        var result = cognito.client().initiateAuth(b -> b.clientId(cognito.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", PASSWORD))).authenticationResult();
        return part == AuthenticationPart.ID_TOKEN ? result.idToken() : result.accessToken();
    }

    private enum AuthenticationPart { ID_TOKEN, ACCESS_TOKEN }

    private static JWTClaimsSet idToken(String email) throws Exception {
        return SignedJWT.parse(signIn(email, AuthenticationPart.ID_TOKEN)).getJWTClaimsSet();
    }

    private static String email() {
        return "student-" + UUID.randomUUID() + "@example.nl";
    }

    private static void signUpAndConfirm(String email, String providerId) {
        signUp(email, attribute("email", email), attribute("name", "Anna de Vries"),
                attribute("custom:providerId", providerId));
        cognito.client().adminConfirmSignUp(b -> b.userPoolId(cognito.userPoolId()).username(email));
        // confirming with the mailed code verifies the email (AutoVerifiedAttributes); the admin's confirmation does not
        cognito.client().adminUpdateUserAttributes(b -> b.userPoolId(cognito.userPoolId()).username(email)
                .userAttributes(attribute("email", email), attribute("email_verified", "true")));
    }

    @Test
    void aConfirmedSignUpMakesANewStudentOfTheProvider() throws Exception {
        String providerId = provider();
        String email = email();

        signUpAndConfirm(email, providerId);
        JWTClaimsSet claims = idToken(email);

        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(providerId);
        assertThat(claims.getStringClaim(ClaimNames.ROLE)).isEqualTo("STUDENT");
        Student student = students.find(providerId, claims.getStringClaim(ClaimNames.STUDENT_ID)).orElseThrow();
        assertThat(student.email()).isEqualTo(email);
        assertThat(student.firstName()).isEqualTo("Anna");
        assertThat(student.lastName()).isEqualTo("de Vries");
    }

    @Test
    void aSignUpWithTheEmailOfAStudentOfTheProviderIsLinkedToThatRecord() throws Exception {
        String providerId = provider();
        String email = email();
        Student existing = new Student(UUID.randomUUID().toString(), providerId, "Anna", "de Vries", email.toUpperCase(),
                LocalDate.of(1990, 4, 12), null, Instant.now());
        students.save(existing);

        signUpAndConfirm(email, providerId);

        assertThat(idToken(email).getStringClaim(ClaimNames.STUDENT_ID)).isEqualTo(existing.id());
        assertThat(students.list(providerId)).hasSize(1);
    }

    @Test
    void aSignUpWithAnUnknownProviderOrWithoutOneIsRefused() {
        String email = email();

        assertThatThrownBy(() -> signUp(email, attribute("email", email), attribute("name", "X"),
                attribute("custom:providerId", "no-such-provider")))
                .isInstanceOf(CognitoIdentityProviderException.class).hasMessageContaining("custom:providerId");
        assertThatThrownBy(() -> signUp(email, attribute("email", email), attribute("name", "X")))
                .isInstanceOf(CognitoIdentityProviderException.class).hasMessageContaining("custom:providerId");
    }

    @Test
    void aSignUpThatSetsItsOwnTenantOrRoleIsRefused() {
        String email = email();

        assertThatThrownBy(() -> signUp(email, attribute("email", email), attribute("name", "X"),
                attribute("custom:providerId", provider()), attribute("custom:role", "PROVIDER_ADMIN")))
                .isInstanceOf(CognitoIdentityProviderException.class).hasMessageContaining("custom:role");
    }

    @Test
    void aStudentOfOneProviderWhoSignsUpWithAnotherIsTheOtherOnesStudentThere() throws Exception {
        String first = provider();
        String second = provider();
        String email = email();
        signUpAndConfirm(email, first);
        String atFirst = idToken(email).getStringClaim(ClaimNames.STUDENT_ID);

        // one Cognito user (the email is the username): signing up with the second provider is naming it
        cognito.client().updateUserAttributes(b -> b.accessToken(signIn(email, AuthenticationPart.ACCESS_TOKEN))
                .userAttributes(attribute("custom:providerId", second)));
        JWTClaimsSet atSecond = idToken(email);

        assertThat(atSecond.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(second);
        assertThat(atSecond.getStringClaim(ClaimNames.STUDENT_ID)).isNotEqualTo(atFirst);
        assertThat(students.find(second, atSecond.getStringClaim(ClaimNames.STUDENT_ID))).isPresent();
        assertThat(students.find(second, atFirst)).isEmpty();
    }
}
