package io.coursedesk.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.OrganisationCode;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.persistence.CandidateRepository;
import io.coursedesk.shared.persistence.OrganisationCodes;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.ProviderRepository;
import io.coursedesk.shared.persistence.Table;
import io.coursedesk.shared.tenancy.ClaimNames;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.coursedesk.accounts.UserPool.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A student signs up through the function's public route, on the template's user pool in the Cognito emulator
 * (which enforces no password policy: the function does).
 */
class SignUpTest {

    private static UserPool pool;
    private static FunctionUnderTest api;
    private static ProviderRepository providers;

    private final String providerId = "provider-" + Ids.newId();
    private final String email = UserPool.email();

    @BeforeAll
    static void start() {
        pool = UserPool.start();
        api = FunctionUnderTest.http("AccountsApiFunction", new APIGatewayV2HTTPEventFunction());
        providers = pool.bean(ProviderRepository.class);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        pool.close();
    }

    private String provider() {
        providers.save(new Provider(providerId, "Opleider " + providerId, "planning@" + providerId + ".example"));
        return providerId;
    }

    private Map<String, Object> request(String password) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("email", email);
        request.put("password", password);
        request.put("name", "Anna de Vries");
        request.put("providerId", providerId);
        return request;
    }

    private static ApiGatewayResponse signUp(Map<String, Object> request) {
        return api.call(ApiGatewayEvents.post("/sign-up").jsonBody(request));
    }

    private AdminGetUserResponse user() {
        return pool.cognito().client().adminGetUser(b -> b.userPoolId(pool.cognito().userPoolId()).username(email));
    }

    private void assertNoUser() {
        assertThatThrownBy(this::user).isInstanceOf(UserNotFoundException.class);
    }

    private static String detailOf(ApiGatewayResponse response, String field) {
        for (JsonNode error : response.json().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return error.path("detail").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response);
    }

    @Test
    void aStudentSignsUpWithoutATokenConfirmsAndSignsInAsTheProvidersStudent() throws Exception {
        provider();

        ApiGatewayResponse signedUp = signUp(request(UserPool.PASSWORD));

        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        assertThat(signedUp.json().path("confirmed").asBoolean()).isFalse();
        assertThat(user().userAttributes()).contains(attribute("custom:providerId", providerId),
                attribute("name", "Anna de Vries"));
        assertThat(signedUp.json().path("userId").asText()).isEqualTo(user().userAttributes().stream()
                .filter(a -> a.name().equals("sub")).findFirst().orElseThrow().value());
        // the mailed code's confirmation verifies the email; the emulator's admin calls stand in for it
        pool.cognito().client().adminConfirmSignUp(b -> b.userPoolId(pool.cognito().userPoolId()).username(email));
        pool.cognito().client().adminUpdateUserAttributes(b -> b.userPoolId(pool.cognito().userPoolId()).username(email)
                .userAttributes(attribute("email", email), attribute("email_verified", "true")));
        JWTClaimsSet claims = pool.idToken(email);
        assertThat(claims.getStringClaim(ClaimNames.TENANT_ID)).isEqualTo(providerId);
        assertThat(claims.getStringClaim(ClaimNames.ROLE)).isEqualTo("STUDENT");
    }

    @Test
    void theCodeOfAnOrganisationGivenAtSignUpMakesTheStudentItsCandidateOnceConfirmed() throws Exception {
        provider();
        String organisationId = Ids.newId();
        Organisation organisation = new Organisation(organisationId, providerId, "Bouwbedrijf Hoogland", null,
                "Karin de Vries", "karin@hoogland.example", null, null, false, Instant.now());
        pool.bean(DynamoDbClient.class).putItem(b -> b.tableName(pool.bean(Table.class).name())
                .item(OrganisationItems.toItem(organisation)));
        assertThat(pool.bean(OrganisationCodes.class).change(providerId, new OrganisationCode(organisationId, null),
                "HGL")).isEqualTo(OrganisationCodes.Change.CHANGED);
        Map<String, Object> request = request(UserPool.PASSWORD);
        request.put("organisationCode", " hgl ");

        ApiGatewayResponse signedUp = signUp(request);
        CandidateRepository candidates = pool.bean(CandidateRepository.class);
        pool.cognito().client().adminConfirmSignUp(b -> b.userPoolId(pool.cognito().userPoolId()).username(email));
        pool.cognito().client().adminUpdateUserAttributes(b -> b.userPoolId(pool.cognito().userPoolId()).username(email)
                .userAttributes(attribute("email", email), attribute("email_verified", "true")));
        String studentId = pool.idToken(email).getStringClaim(ClaimNames.STUDENT_ID);

        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        assertThat(candidates.ofStudent(providerId, studentId)).singleElement().satisfies(candidate -> {
            assertThat(candidate.organisationId()).isEqualTo(organisationId);
            assertThat(candidate.lastName()).isEqualTo("de Vries");
        });
        // the waiting candidacy is used up: signing in again links nothing twice
        pool.idToken(email);
        assertThat(candidates.ofStudent(providerId, studentId)).hasSize(1);
    }

    @Test
    void aCodeNoOrganisationOfTheProviderHasIsRefusedNamingItAndNoUserIsMade() {
        provider();
        Map<String, Object> request = request(UserPool.PASSWORD);
        request.put("organisationCode", "ZZZ");

        ApiGatewayResponse refused = signUp(request);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(detailOf(refused, "organisationCode")).contains("not the code of an organisation");
        assertNoUser();
    }

    @Test
    void aWeakPasswordIsRefusedNamingWhatItLacksAndNoUserIsMade() {
        provider();

        ApiGatewayResponse refused = signUp(request("geheim12"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(detailOf(refused, "password")).contains("an uppercase letter", "a symbol")
                .doesNotContain("lowercase", "digit");
        assertNoUser();
    }

    @Test
    void anUnknownProviderIsRefusedAndNoUserIsMade() {
        ApiGatewayResponse refused = signUp(request(UserPool.PASSWORD));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(detailOf(refused, "providerId")).contains("no provider");
        assertNoUser();
    }

    @Test
    void anEmailWithAnAccountAlreadyIsAConflict() {
        provider();
        assertThat(signUp(request(UserPool.PASSWORD)).status()).isEqualTo(201);

        ApiGatewayResponse again = signUp(request("Een-Ander-Wachtwoord-2"));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("sign in");
    }

    @Test
    void theRequestIsEmailPasswordNameAndProviderAndNothingElse() {
        provider();
        Map<String, Object> request = request(UserPool.PASSWORD);
        request.put("email", "geen-adres");
        request.remove("name");

        ApiGatewayResponse refused = signUp(request);
        request.put("email", email);
        request.put("name", "Anna de Vries");
        request.put("role", "PROVIDER_ADMIN");
        ApiGatewayResponse withRole = signUp(request);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors")).extracting(e -> e.path("field").asText())
                .contains("email", "name");
        assertThat(withRole.status()).as(withRole.toString()).isEqualTo(400);
        assertNoUser();
    }

    @Test
    void theSignUpIsTheOnlyRouteWithoutAToken() {
        ApiGatewayResponse contacts = api.call(ApiGatewayEvents.post("/organisations/" + Ids.newId() + "/contacts")
                .jsonBody(Map.of("email", email, "name", "Karin")));

        assertThat(contacts.status()).isEqualTo(401);
        assertNoUser();
    }
}
