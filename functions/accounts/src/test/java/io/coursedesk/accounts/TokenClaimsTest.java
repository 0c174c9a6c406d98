package io.coursedesk.accounts;

import com.nimbusds.jwt.JWTClaimsSet;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

import java.util.UUID;

import static io.coursedesk.accounts.UserPool.attribute;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token trigger as the user pool runs it: people sign in on the Cognito emulator, which invokes the function's
 * own handler through the Lambda Invoke API; the ID token's tenancy claims are those of the table's memberships.
 */
class TokenClaimsTest {

    private static UserPool pool;
    private static MembershipRepository memberships;

    @BeforeAll
    static void start() {
        pool = UserPool.start();
        memberships = pool.bean(MembershipRepository.class);
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
    }

    /** A user an admin made, with a permanent password; their {@code sub}. */
    private static String user(String email, AttributeType... attributes) {
        CognitoIdentityProviderClient client = pool.cognito().client();
        String userPoolId = pool.cognito().userPoolId();
        String sub = client.adminCreateUser(b -> b.userPoolId(userPoolId).username(email).messageAction("SUPPRESS")
                        .userAttributes(attributes.length == 0 ? new AttributeType[]{attribute("email", email)} : attributes))
                .user().attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        client.adminSetUserPassword(b -> b.userPoolId(userPoolId).username(email).password(UserPool.PASSWORD)
                .permanent(true));
        return sub;
    }

    /** A new user who is a student of a new provider; the provider's id. */
    private static String studentOfANewProvider(String email, String studentId) {
        String tenantId = "provider-" + UUID.randomUUID();
        memberships.save(new Membership(user(email), tenantId, Role.STUDENT, null, studentId));
        return tenantId;
    }

    @Test
    void theTokenCarriesTheMembershipOfTheTable() throws Exception {
        String email = UserPool.email();
        String tenantId = studentOfANewProvider(email, "student-1");

        JWTClaimsSet claims = pool.idToken(email);

        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(tenantId);
        assertThat(claims.getStringClaim(ClaimNames.ROLE)).isEqualTo("STUDENT");
        assertThat(claims.getStringClaim(ClaimNames.STUDENT_ID)).isEqualTo("student-1");
        assertThat(claims.getClaim(ClaimNames.ORGANISATION_ID)).isNull();
    }

    @Test
    void aUserWhoWritesTheirOwnTenantAndRoleGainsNothing() throws Exception {
        String email = UserPool.email();
        String tenantId = studentOfANewProvider(email, "student-2");

        // the emulator lets a signed-in user write any of their attributes (AWS refuses: WriteAttributes)
        pool.writeOwn(email, attribute("custom:tenantId", "someone-else"), attribute("custom:role", "PROVIDER_ADMIN"),
                attribute("custom:organisationId", "their-organisation"));
        JWTClaimsSet claims = pool.idToken(email);

        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(tenantId);
        assertThat(claims.getStringClaim(ClaimNames.ROLE)).isEqualTo("STUDENT");
        assertThat(claims.getClaim(ClaimNames.ORGANISATION_ID)).isNull();
    }

    @Test
    void aUserWithoutMembershipGetsNoTenancyClaimsWhateverTheirAttributesSay() throws Exception {
        String email = UserPool.email();
        user(email, attribute("email", email), attribute("custom:tenantId", "provider-x"),
                attribute("custom:role", "PROVIDER_ADMIN"));

        JWTClaimsSet claims = pool.idToken(email);

        assertThat(claims.getClaim(ClaimNames.TENANT_ID)).isNull();
        assertThat(claims.getClaim(ClaimNames.ROLE)).isNull();
    }

    @Test
    void aPersonOfTwoProvidersActsForTheOneTheirProviderIdNamesAndOnlyWhereTheyAreAMember() throws Exception {
        String email = UserPool.email();
        String sub = user(email);
        String first = "provider-" + UUID.randomUUID();
        String second = "provider-" + UUID.randomUUID();
        memberships.save(new Membership(sub, first, Role.STUDENT, null, "student-at-first"));
        memberships.save(new Membership(sub, second, Role.ORGANISATION_CONTACT, "organisation-at-second", null));

        // two memberships and no choice: no tenant
        assertThat(pool.idToken(email).getClaim(ClaimNames.TENANT_ID)).isNull();

        pool.writeOwn(email, attribute("custom:providerId", second));
        JWTClaimsSet atSecond = pool.idToken(email);
        assertThat(atSecond.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(second);
        assertThat(atSecond.getStringClaim(ClaimNames.ROLE)).isEqualTo("ORGANISATION_CONTACT");
        assertThat(atSecond.getStringClaim(ClaimNames.ORGANISATION_ID)).isEqualTo("organisation-at-second");
        assertThat(atSecond.getClaim(ClaimNames.STUDENT_ID)).isNull();

        pool.writeOwn(email, attribute("custom:providerId", "provider-where-they-are-nobody"));
        assertThat(pool.idToken(email).getClaim(ClaimNames.TENANT_ID)).isNull();
    }

    /** Makes the user's email the one they confirmed (an admin call standing in for the mailed code). */
    private static void verify(String username, String email) {
        pool.cognito().client().adminUpdateUserAttributes(b -> b.userPoolId(pool.cognito().userPoolId())
                .username(username).userAttributes(attribute("email", email), attribute("email_verified", "true")));
    }

    @Test
    void aChangedEmailReachesTheTokenOnlyOnceItIsVerified() throws Exception {
        String email = UserPool.email();
        String changed = UserPool.email();
        studentOfANewProvider(email, "student-3");
        verify(email, email);
        assertThat(pool.idToken(email).getStringClaim(ClaimNames.EMAIL)).isEqualTo(email);

        // the pool keeps the verified email until the new one's code is confirmed (AttributesRequireVerificationBeforeUpdate)
        pool.writeOwn(email, attribute("email", changed));
        JWTClaimsSet beforeVerification = pool.idToken(email);
        verify(email, changed);
        JWTClaimsSet afterVerification = pool.idToken(changed);

        assertThat(beforeVerification.getStringClaim(ClaimNames.EMAIL)).isEqualTo(email);
        assertThat(afterVerification.getStringClaim(ClaimNames.EMAIL)).isEqualTo(changed);
        assertThat(afterVerification.getStringClaim(ClaimNames.STUDENT_ID)).isEqualTo("student-3");
    }

    @Test
    void anUnverifiedEmailIsNotInTheTokenAndMakesNobodyAStudent() throws Exception {
        String email = UserPool.email();
        String unverified = UserPool.email();
        String tenantId = studentOfANewProvider(email, "student-4");
        String otherProvider = "provider-" + UUID.randomUUID();
        pool.bean(ProviderRepository.class).save(new Provider(otherProvider, "Opleider", "planning@example.nl"));
        // an email set without its verification (where the pool does not hold it back, as for an admin's change)
        pool.cognito().client().adminUpdateUserAttributes(b -> b.userPoolId(pool.cognito().userPoolId())
                .username(email).userAttributes(attribute("email", unverified)));

        JWTClaimsSet claims = pool.idToken(unverified);
        pool.writeOwn(unverified, attribute("custom:providerId", otherProvider));
        JWTClaimsSet atOther = pool.idToken(unverified);

        assertThat(claims.getClaim(ClaimNames.EMAIL)).isNull();
        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(tenantId);
        // joining a provider links by email: never by one the person has not confirmed (they stay where they are)
        assertThat(atOther.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(tenantId);
        assertThat(memberships.of(claims.getSubject())).hasSize(1);
    }
}
