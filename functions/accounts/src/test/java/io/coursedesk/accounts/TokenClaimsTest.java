package io.coursedesk.accounts;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.coursedesk.accounts.api.CognitoTriggerHandler;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.harness.cognito.CognitoEmulator;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token trigger as the user pool runs it: people sign in on the Cognito emulator, which invokes the function's
 * own handler through the Lambda Invoke API; the ID token's tenancy claims are those of the table's memberships.
 */
class TokenClaimsTest {
    private static final String PASSWORD = "Geheim-123!";

    private static LocalAws aws;
    private static CognitoEmulator cognito;
    private static FunctionUnderTest accounts;
    private static MembershipRepository memberships;

    @BeforeAll
    static void start() {
        aws = LocalAws.get().withCognito();
        cognito = aws.cognito();
        ApplicationContext context = new LambdaApplicationContextBuilder().start();
        accounts = FunctionUnderTest.events("AccountsFunction", new CognitoTriggerHandler(context))
                .withBeans(context::getBean);
        aws.cognitoTriggers().target((functionId, event) -> accounts.deliver(event));
        memberships = accounts.bean(MembershipRepository.class);
    }

    @AfterAll
    static void stop() throws Exception {
        aws.cognitoTriggers().target(null);
        accounts.close();
    }

    private static String user(String email, AttributeType... attributes) {
        CognitoIdentityProviderClient client = cognito.client();
        String sub = client.adminCreateUser(b -> b.userPoolId(cognito.userPoolId()).username(email)
                        .messageAction("SUPPRESS").userAttributes(attributes.length == 0
                                ? new AttributeType[]{attribute("email", email)} : attributes))
                .user().attributes().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value();
        client.adminSetUserPassword(b -> b.userPoolId(cognito.userPoolId()).username(email).password(PASSWORD)
                .permanent(true));
        return sub;
    }

    private static AttributeType attribute(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static String accessToken(String email) {
        return cognito.client().initiateAuth(b -> b.clientId(cognito.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", PASSWORD))).authenticationResult().accessToken();
    }

    private static JWTClaimsSet idToken(String email) throws Exception {
        return SignedJWT.parse(cognito.client().initiateAuth(b -> b.clientId(cognito.clientId())
                        .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                        .authParameters(Map.of("USERNAME", email, "PASSWORD", PASSWORD)))
                .authenticationResult().idToken()).getJWTClaimsSet();
    }

    private static String email() {
        return "user-" + UUID.randomUUID() + "@example.nl";
    }

    @Test
    void theTokenCarriesTheMembershipOfTheTable() throws Exception {
        String email = email();
        String sub = user(email);
        String tenantId = "provider-" + UUID.randomUUID();
        memberships.save(new Membership(sub, tenantId, Role.STUDENT, null, "student-1"));

        JWTClaimsSet claims = idToken(email);

        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(tenantId);
        assertThat(claims.getStringClaim(ClaimNames.ROLE)).isEqualTo("STUDENT");
        assertThat(claims.getStringClaim(ClaimNames.STUDENT_ID)).isEqualTo("student-1");
        assertThat(claims.getClaim(ClaimNames.ORGANISATION_ID)).isNull();
    }

    @Test
    void aUserWhoWritesTheirOwnTenantAndRoleGainsNothing() throws Exception {
        String email = email();
        String sub = user(email);
        String tenantId = "provider-" + UUID.randomUUID();
        memberships.save(new Membership(sub, tenantId, Role.STUDENT, null, "student-2"));

        // the emulator lets a signed-in user write any of their attributes (AWS refuses: WriteAttributes)
        cognito.client().updateUserAttributes(b -> b.accessToken(accessToken(email)).userAttributes(
                attribute("custom:tenantId", "someone-else"), attribute("custom:role", "PROVIDER_ADMIN"),
                attribute("custom:organisationId", "their-organisation")));
        JWTClaimsSet claims = idToken(email);

        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(tenantId);
        assertThat(claims.getStringClaim(ClaimNames.ROLE)).isEqualTo("STUDENT");
        assertThat(claims.getClaim(ClaimNames.ORGANISATION_ID)).isNull();
    }

    @Test
    void aUserWithoutMembershipGetsNoTenancyClaimsWhateverTheirAttributesSay() throws Exception {
        String email = email();
        user(email, attribute("email", email), attribute("custom:tenantId", "provider-x"),
                attribute("custom:role", "PROVIDER_ADMIN"));

        JWTClaimsSet claims = idToken(email);

        assertThat(claims.getClaim(ClaimNames.TENANT_ID)).isNull();
        assertThat(claims.getClaim(ClaimNames.ROLE)).isNull();
    }

    @Test
    void aPersonOfTwoProvidersActsForTheOneTheirProviderIdNamesAndOnlyWhereTheyAreAMember() throws Exception {
        String email = email();
        String sub = user(email);
        String first = "provider-" + UUID.randomUUID();
        String second = "provider-" + UUID.randomUUID();
        memberships.save(new Membership(sub, first, Role.STUDENT, null, "student-at-first"));
        memberships.save(new Membership(sub, second, Role.ORGANISATION_CONTACT, "organisation-at-second", null));

        // two memberships and no choice: no tenant
        assertThat(idToken(email).getClaim(ClaimNames.TENANT_ID)).isNull();

        cognito.client().updateUserAttributes(b -> b.accessToken(accessToken(email))
                .userAttributes(attribute("custom:providerId", second)));
        JWTClaimsSet atSecond = idToken(email);
        assertThat(atSecond.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(second);
        assertThat(atSecond.getStringClaim(ClaimNames.ROLE)).isEqualTo("ORGANISATION_CONTACT");
        assertThat(atSecond.getStringClaim(ClaimNames.ORGANISATION_ID)).isEqualTo("organisation-at-second");
        assertThat(atSecond.getClaim(ClaimNames.STUDENT_ID)).isNull();

        cognito.client().updateUserAttributes(b -> b.accessToken(accessToken(email))
                .userAttributes(attribute("custom:providerId", "provider-where-they-are-nobody")));
        assertThat(idToken(email).getClaim(ClaimNames.TENANT_ID)).isNull();
    }
}
