package io.coursedesk.availability;

import io.coursedesk.availability.links.AnswerLinkKeyFactory;
import io.coursedesk.availability.links.InvitationLink;
import io.coursedesk.availability.links.LinkTokens;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalTokens;
import io.coursedesk.harness.secrets.LocalSecretsManager;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.Instructor;
import io.coursedesk.shared.time.Zones;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The answer-link key as AWS gives it: the function gets the Secrets Manager secret's ARN, reads the key at start
 * through the SDK (from the local Secrets Manager here) and signs and checks links with it.
 */
class AnswerLinkKeyTest {

    private final FunctionUnderTest api = ProviderFixture.function();
    private final LocalSecretsManager secretsManager = api.aws().withSecretsManager().secretsManager();

    @Test
    void theFunctionSignsAndChecksLinksWithTheKeyItReadFromSecretsManager() throws Exception {
        String key = LocalTokens.randomSecret();
        String secretArn = secretsManager.put("answer-link-key-" + System.nanoTime(), key);
        ProviderFixture provider = new ProviderFixture(api, "Sleutelbeheer");
        Course course = provider.course("Basic Life Support", LocalDate.now(Zones.AMSTERDAM).plusDays(14));
        Instructor anna = provider.instructor("Anna de Vries", "Basic Life Support");
        assertThat(api.call(ApiGatewayEvents.post("/courses/" + course.id() + "/instructor-invitations")
                .bearer(provider.token).jsonBody(Map.of("instructorIds", List.of(anna.id())))).status()).isEqualTo(201);
        InvitationLink invitation = new InvitationLink(provider.tenantId, course.id(), anna.id(), 1);
        String mailedToken = api.bean(LinkTokens.class).sign(invitation);

        APIGatewayV2HTTPEventFunction handler = new APIGatewayV2HTTPEventFunction(startWithSecret(secretArn));
        try (FunctionUnderTest keyed = FunctionUnderTest.http(ProviderFixture.FUNCTION_ID, handler)
                .withBeans(handler.getApplicationContext()::getBean)) {
            String signedWithTheSecret = new LinkTokens(key).sign(invitation);

            assertThat(keyed.bean(LinkTokens.class).sign(invitation)).isEqualTo(signedWithTheSecret);
            assertThat(open(keyed, signedWithTheSecret).status()).isEqualTo(200);
            assertThat(open(keyed, signedWithTheSecret).body()).contains("Beste Anna de Vries,");
            // a link signed with another key (here the local run's) is not one of this function's
            assertThat(open(keyed, mailedToken).status()).isEqualTo(404);
            assertThat(open(keyed, mailedToken).body()).contains("Deze link is niet geldig");
        }
    }

    @Test
    void aSecretThatCannotBeReadStopsTheStart() {
        String missing = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:no-such-answer-link-key-AbCdEf";

        assertThatThrownBy(() -> startWithSecret(missing).close())
                .hasStackTraceContaining("cannot read the answer-link key from Secrets Manager secret " + missing)
                .hasStackTraceContaining("ResourceNotFoundException");
    }

    @Test
    void aKeyTooShortToSignWithStopsTheStart() {
        String secretArn = secretsManager.put("short-answer-link-key-" + System.nanoTime(), "short");

        assertThatThrownBy(() -> startWithSecret(secretArn).close())
                .hasStackTraceContaining("the signing key must be at least 32 bytes")
                .hasStackTraceContaining("LinkTokens tokens");
    }

    /** The function's context as Lambda starts it (singletons created eagerly), given the secret's ARN. */
    private static ApplicationContext startWithSecret(String secretArn) {
        return new LambdaApplicationContextBuilder()
                .properties(Map.of(AnswerLinkKeyFactory.SECRET_ARN_PROPERTY, secretArn))
                .start();
    }

    private static ApiGatewayResponse open(FunctionUnderTest function, String token) {
        return function.call(ApiGatewayEvents.get("/respond/" + token));
    }
}
