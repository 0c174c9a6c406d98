package io.coursedesk.accounts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.StudentRepository;
import io.coursedesk.shared.tenancy.ClaimNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.coursedesk.accounts.UserPool.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A student signs up with a provider on the Cognito emulator, whose triggers run the function's own handler. */
class StudentSignUpTest {

    private static UserPool pool;
    private static ProviderRepository providers;
    private static StudentRepository students;

    @BeforeAll
    static void start() {
        pool = UserPool.start();
        providers = pool.bean(ProviderRepository.class);
        students = pool.bean(StudentRepository.class);
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
    }

    private static String provider() {
        String tenantId = "provider-" + UUID.randomUUID();
        providers.save(new Provider(tenantId, "Opleider " + tenantId, "planning@" + tenantId + ".example"));
        return tenantId;
    }

    private static void signUp(String email, AttributeType... attributes) {
        pool.cognito().client().signUp(b -> b.clientId(pool.cognito().clientId()).username(email)
                .password(UserPool.PASSWORD).userAttributes(attributes));
    }

    private static void signUpAndConfirm(String email, String providerId) {
        signUp(email, attribute("email", email), attribute("name", "Anna de Vries"),
                attribute("custom:providerId", providerId));
        pool.cognito().client().adminConfirmSignUp(b -> b.userPoolId(pool.cognito().userPoolId()).username(email));
        verifyEmail(email);
    }

    /** Confirming with the mailed code verifies the email (AutoVerifiedAttributes); the admin's confirmation does not. */
    private static void verifyEmail(String email) {
        pool.cognito().client().adminUpdateUserAttributes(b -> b.userPoolId(pool.cognito().userPoolId()).username(email)
                .userAttributes(attribute("email", email), attribute("email_verified", "true")));
    }

    /**
     * In AWS, AdminCreateUser (an admin's contact account, the operator's first admin) runs the pre sign-up trigger
     * and a confirmed password reset the post confirmation trigger; the emulator runs neither, so they are sent here
     * as Cognito sends them: each is answered unchanged and writes nothing, instead of failing Cognito's call.
     */
    @Test
    void theTriggersAnswerAnAdminCreatedUserAndAPasswordResetUnchanged() throws Exception {
        String providerId = provider();
        String sub = UUID.randomUUID().toString();
        String adminCreated = """
                {"version": "1", "region": "eu-west-1", "userPoolId": "eu-west-1_pool", "userName": "%s",
                 "callerContext": {"awsSdkVersion": "aws-sdk-java-2.0", "clientId": "CLIENT_ID_NOT_APPLICABLE"},
                 "triggerSource": "PreSignUp_AdminCreateUser",
                 "request": {"userAttributes": {"email": "contact@example.nl", "email_verified": "true", "name": "Carla"},
                             "validationData": null},
                 "response": {"autoConfirmUser": false, "autoVerifyEmail": false, "autoVerifyPhone": false}}""".formatted(sub);
        String passwordReset = """
                {"version": "1", "region": "eu-west-1", "userPoolId": "eu-west-1_pool", "userName": "%s",
                 "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": "client"},
                 "triggerSource": "PostConfirmation_ConfirmForgotPassword",
                 "request": {"userAttributes": {"sub": "%s", "email": "anna@example.nl", "email_verified": "true",
                                                "name": "Anna de Vries", "custom:providerId": "%s",
                                                "cognito:user_status": "CONFIRMED"}},
                 "response": {}}""".formatted(sub, sub, providerId);

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(pool.trigger(adminCreated))).isEqualTo(json.readTree(adminCreated));
        assertThat(json.readTree(pool.trigger(passwordReset))).isEqualTo(json.readTree(passwordReset));
        assertThat(pool.bean(MembershipRepository.class).of(sub)).isEmpty();
        assertThat(students.findByEmail(providerId, "anna@example.nl")).isEmpty();
    }

    @Test
    void aConfirmedSignUpMakesANewStudentOfTheProvider() throws Exception {
        String providerId = provider();
        String email = UserPool.email();

        signUpAndConfirm(email, providerId);
        JWTClaimsSet claims = pool.idToken(email);

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
        String email = UserPool.email();
        Student existing = new Student(UUID.randomUUID().toString(), providerId, "Anna", "de Vries", email.toUpperCase(),
                LocalDate.of(1990, 4, 12), null, Instant.now());
        students.save(existing);

        signUpAndConfirm(email, providerId);

        assertThat(pool.idToken(email).getStringClaim(ClaimNames.STUDENT_ID)).isEqualTo(existing.id());
        assertThat(students.page(providerId, 250, null).items()).hasSize(1);
    }

    @Test
    void aSignUpWithAnUnknownProviderOrWithoutOneIsRefused() {
        String email = UserPool.email();

        assertThatThrownBy(() -> signUp(email, attribute("email", email), attribute("name", "X"),
                attribute("custom:providerId", "no-such-provider")))
                .isInstanceOf(CognitoIdentityProviderException.class).hasMessageContaining("custom:providerId");
        assertThatThrownBy(() -> signUp(email, attribute("email", email), attribute("name", "X")))
                .isInstanceOf(CognitoIdentityProviderException.class).hasMessageContaining("custom:providerId");
    }

    @Test
    void aSignUpThatSetsItsOwnTenantOrRoleIsRefused() {
        String email = UserPool.email();

        assertThatThrownBy(() -> signUp(email, attribute("email", email), attribute("name", "X"),
                attribute("custom:providerId", provider()), attribute("custom:role", "PROVIDER_ADMIN")))
                .isInstanceOf(CognitoIdentityProviderException.class).hasMessageContaining("custom:role");
    }

    @Test
    void aStudentOfOneProviderWhoSignsUpWithAnotherIsTheOtherOnesStudentThere() throws Exception {
        String first = provider();
        String second = provider();
        String email = UserPool.email();
        signUpAndConfirm(email, first);
        String atFirst = pool.idToken(email).getStringClaim(ClaimNames.STUDENT_ID);

        // one Cognito user (the email is the username): signing up with the second provider is naming it
        pool.writeOwn(email, attribute("custom:providerId", second));
        JWTClaimsSet atSecond = pool.idToken(email);

        assertThat(atSecond.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(second);
        assertThat(atSecond.getStringClaim(ClaimNames.STUDENT_ID)).isNotEqualTo(atFirst);
        assertThat(students.find(second, atSecond.getStringClaim(ClaimNames.STUDENT_ID))).isPresent();
        assertThat(students.find(second, atFirst)).isEmpty();
    }

    @Test
    void aSignUpConfirmedWithoutAVerifiedEmailIsNobodysStudentUntilTheEmailIsVerified() throws Exception {
        String providerId = provider();
        String email = UserPool.email();
        Student existing = new Student(UUID.randomUUID().toString(), providerId, "Anna", "de Vries", email,
                LocalDate.of(1990, 4, 12), null, Instant.now());
        students.save(existing);
        signUp(email, attribute("email", email), attribute("name", "Anna de Vries"),
                attribute("custom:providerId", providerId));

        pool.cognito().client().adminConfirmSignUp(b -> b.userPoolId(pool.cognito().userPoolId()).username(email));
        JWTClaimsSet unverified = pool.idToken(email);

        assertThat(pool.bean(MembershipRepository.class).of(unverified.getSubject())).isEmpty();
        assertThat(unverified.getClaim(ClaimNames.TENANT_ID)).isNull();
        assertThat(unverified.getClaim(ClaimNames.EMAIL)).isNull();
        verifyEmail(email);
        assertThat(pool.idToken(email).getStringClaim(ClaimNames.STUDENT_ID)).isEqualTo(existing.id());
    }
}
