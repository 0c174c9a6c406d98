package io.coursedesk.harness.cognito;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class CognitoEmulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> invoked = new CopyOnWriteArrayList<>();

    private static LambdaInvokeEndpoint lambda;
    private static CognitoEmulator cognito;

    @BeforeAll
    static void start() {
        lambda = LambdaInvokeEndpoint.start();
        // a stand-in for the template's token trigger: it sets one claim as the real one sets the membership's
        lambda.target((functionId, event) -> {
            invoked.add(functionId);
            ObjectNode answer = (ObjectNode) JSON.readTree(event);
            answer.withObject("/response").putObject("claimsOverrideDetails").putObject("claimsToAddOrOverride")
                    .put("custom:tenantId", "from-the-trigger");
            return answer.toString();
        });
        cognito = CognitoEmulator.start(SamTemplate.locate(), lambda.endpoint());
    }

    @AfterAll
    static void stop() {
        cognito.close();
        lambda.close();
    }

    @Test
    void createsThePoolOfTheTemplateWithItsCustomAttributesAndPasswordPolicy() {
        DescribeUserPoolResponse pool = cognito.client().describeUserPool(b -> b.userPoolId(cognito.userPoolId()));

        assertThat(pool.userPool().schemaAttributes()).extracting(SchemaAttributeType::name)
                .contains("custom:tenantId", "custom:role", "custom:organisationId", "custom:studentId");
        assertThat(pool.userPool().policies().passwordPolicy().minimumLength()).isEqualTo(8);
        assertThat(pool.userPool().policies().passwordPolicy().requireSymbols()).isTrue();
        assertThat(cognito.client().describeUserPoolClient(b -> b.userPoolId(cognito.userPoolId())
                .clientId(cognito.clientId())).userPoolClient().writeAttributes()).containsExactlyInAnyOrder("email", "name", "custom:providerId");
    }

    @Test
    void signsInWithAPasswordAndIssuesAnRs256IdTokenVerifiableThroughItsJwks() throws Exception {
        CognitoIdentityProviderClient client = cognito.client();
        String email = "anna@example.nl";
        client.adminCreateUser(b -> b.userPoolId(cognito.userPoolId()).username(email).messageAction("SUPPRESS")
                .userAttributes(AttributeType.builder().name("email").value(email).build(),
                        AttributeType.builder().name("name").value("Anna").build()));
        client.adminSetUserPassword(b -> b.userPoolId(cognito.userPoolId()).username(email).password("Geheim-123!")
                .permanent(true));

        String idToken = client.initiateAuth(b -> b.clientId(cognito.clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", "Geheim-123!"))).authenticationResult().idToken();

        SignedJWT token = SignedJWT.parse(idToken);
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = JWKSet.load(new URL(cognito.jwksUri().toString())).getKeyByKeyId(token.getHeader().getKeyID())
                .toRSAKey();
        assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(cognito.issuer());
        assertThat(claims.getAudience()).containsExactly(cognito.clientId());
        assertThat(claims.getStringClaim("token_use")).isEqualTo("id");
        assertThat(claims.getStringClaim("email")).isEqualTo(email);
        // the template's PreTokenGeneration trigger ran through the Invoke API, by the function's logical id
        assertThat(invoked).contains("AccountsFunction");
        assertThat(claims.getStringClaim("custom:tenantId")).isEqualTo("from-the-trigger");
    }
}
