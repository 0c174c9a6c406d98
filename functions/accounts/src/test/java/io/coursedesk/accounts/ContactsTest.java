package io.coursedesk.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.shared.domain.Address;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Module;
import io.coursedesk.shared.domain.ModuleSettings;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.persistence.MembershipRepository;
import io.coursedesk.shared.persistence.ModuleSettingsRepository;
import io.coursedesk.shared.persistence.OrganisationRepository;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.coursedesk.shared.tenancy.Membership;
import io.coursedesk.shared.tenancy.PoolUsers;
import io.coursedesk.shared.tenancy.Role;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A provider admin gives an organisation's contact person an account through the function's own HTTP handler, on
 * the template's user pool in the Cognito emulator; the contact signs in there.
 */
class ContactsTest {

    private static UserPool pool;
    private static FunctionUnderTest api;
    private static OrganisationRepository organisations;

    private final String tenantId = "provider-" + Ids.newId();
    private final String organisationId = organisation(tenantId);

    @BeforeAll
    static void start() {
        pool = UserPool.start();
        api = FunctionUnderTest.http("AccountsApiFunction", new APIGatewayV2HTTPEventFunction());
        organisations = pool.bean(OrganisationRepository.class);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        pool.close();
    }

    private static String organisation(String tenantId) {
        String organisationId = Ids.newId();
        organisations.save(new Organisation(organisationId, tenantId, "Bouwbedrijf " + organisationId,
                new Address("Industrieweg 12", "3542 AD", "Utrecht", "NL"), "Karin", "karin@example.nl",
                "administratie@example.nl", null, false, Instant.now()));
        return organisationId;
    }

    private String token(String role) {
        return LocalAws.get().tokens().forSubject(role + "-" + tenantId).tenantId(tenantId).role(role)
                .organisationId(organisationId).mint();
    }

    private ApiGatewayResponse add(String organisationId, String token, Object body) {
        return api.call(ApiGatewayEvents.post("/organisations/" + organisationId + "/contacts").bearer(token)
                .jsonBody(body));
    }

    /** The contact sets their own password at the first sign-in; the claims of the ID token they get. */
    private static JWTClaimsSet firstSignIn(String email) throws Exception {
        return SignedJWT.parse(pool.chooseOwnPassword(email, pool.firstSignIn(email)).idToken()).getJWTClaimsSet();
    }

    @Test
    void aContactGetsAnAccountAndSignsInAsTheOrganisationsContact() throws Exception {
        String email = UserPool.email();

        ApiGatewayResponse added = add(organisationId, token("PROVIDER_ADMIN"), Map.of("email", email, "name", "Karin Hoogland"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode contact = added.json();
        assertThat(contact.get("organisationId").asText()).isEqualTo(organisationId);
        JWTClaimsSet claims = firstSignIn(email);
        assertThat(claims.getSubject()).isEqualTo(contact.get("contactId").asText());
        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(tenantId);
        assertThat(claims.getStringClaim(ClaimNames.ROLE)).isEqualTo("ORGANISATION_CONTACT");
        assertThat(claims.getStringClaim(ClaimNames.ORGANISATION_ID)).isEqualTo(organisationId);
    }

    @Test
    void aRemovedContactsNextTokenCarriesNoRoleAndTheirAccountIsDisabled() throws Exception {
        String email = UserPool.email();
        String contactId = add(organisationId, token("PROVIDER_ADMIN"), Map.of("email", email, "name", "Bas de Wit"))
                .json().get("contactId").asText();
        firstSignIn(email);

        ApiGatewayResponse removed = api.call(ApiGatewayEvents.delete("/organisations/" + organisationId + "/contacts/"
                + contactId).bearer(token("PROVIDER_ADMIN")));

        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(pool.cognito().client().adminGetUser(b -> b.userPoolId(pool.cognito().userPoolId()).username(email))
                .enabled()).isFalse();
        // AWS refuses a disabled user's sign-in; cognito-local does not, and the token it gives carries nothing
        JWTClaimsSet claims = pool.idToken(email);
        assertThat(claims.getClaim(ClaimNames.TENANT_ID)).isNull();
        assertThat(claims.getClaim(ClaimNames.ROLE)).isNull();
    }

    @Test
    void onlyAProviderAdminOfTheOrganisationsProviderGivesOrRemovesAccounts() {
        Map<String, String> body = Map.of("email", UserPool.email(), "name", "X");
        String otherProvidersOrganisation = organisation("provider-" + Ids.newId());

        assertThat(add(organisationId, token("ORGANISATION_CONTACT"), body).status()).isEqualTo(403);
        assertThat(add(organisationId, token("STUDENT"), body).status()).isEqualTo(403);
        assertThat(add(otherProvidersOrganisation, token("PROVIDER_ADMIN"), body).status()).isEqualTo(404);
        assertThat(api.call(ApiGatewayEvents.delete("/organisations/" + organisationId + "/contacts/" + Ids.newId())
                .bearer(token("PROVIDER_ADMIN"))).status()).isEqualTo(404);
    }

    @Test
    void aContactRequestNeedsAnEmailAndANameAndNothingElse() {
        ApiGatewayResponse refused = add(organisationId, token("PROVIDER_ADMIN"),
                Map.of("email", "geen-adres", "role", "PROVIDER_ADMIN"));

        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void withTheCustomersModuleSwitchedOffNoContactIsGivenOrRemoved() {
        String email = UserPool.email();
        String contactId = add(organisationId, token("PROVIDER_ADMIN"), Map.of("email", UserPool.email(), "name", "Eva"))
                .json().get("contactId").asText();
        pool.bean(ModuleSettingsRepository.class).save(tenantId,
                new ModuleSettings(EnumSet.complementOf(EnumSet.of(Module.CUSTOMERS))), Instant.now());

        ApiGatewayResponse added = add(organisationId, token("PROVIDER_ADMIN"), Map.of("email", email, "name", "Joost"));
        ApiGatewayResponse removed = api.call(ApiGatewayEvents.delete("/organisations/" + organisationId + "/contacts/"
                + contactId).bearer(token("PROVIDER_ADMIN")));

        for (ApiGatewayResponse refused : List.of(added, removed)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.json().path("detail").asText()).contains("customers");
        }
        assertThatThrownBy(() -> pool.cognito().client().adminGetUser(b -> b.userPoolId(pool.cognito().userPoolId())
                .username(email))).isInstanceOf(UserNotFoundException.class);
        assertThat(pool.bean(MembershipRepository.class).find(contactId, tenantId)).isPresent();
    }

    @Test
    void anInvitedAdminChoosesTheirPasswordAtTheFirstSignInAndTheirIdTokenWorksOnTheApi() throws Exception {
        String adminEmail = UserPool.email();
        // the operator's onboarding: the invited user (Cognito mails a temporary password) and an admin membership
        String adminId = new PoolUsers(pool.cognito().client(), pool.cognito().userPoolId())
                .invite(adminEmail, "Petra Planner");
        pool.bean(MembershipRepository.class).save(new Membership(adminId, tenantId, Role.PROVIDER_ADMIN, null, null));

        InitiateAuthResponse challenge = pool.firstSignIn(adminEmail);
        assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
        assertThat(challenge.authenticationResult()).isNull();
        String idToken = pool.chooseOwnPassword(adminEmail, challenge).idToken();
        ApiGatewayResponse added = add(organisationId, idToken, Map.of("email", UserPool.email(), "name", "Eva"));

        assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getStringClaim(ClaimNames.ROLE)).isEqualTo("PROVIDER_ADMIN");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        // from now on they sign in with their own password and get tokens straight away
        assertThat(pool.signIn(adminEmail).idToken()).isNotBlank();
        assertThat(pool.cognito().client().adminGetUser(b -> b.userPoolId(pool.cognito().userPoolId())
                .username(adminEmail)).userStatusAsString()).isEqualTo("CONFIRMED");
    }
}
