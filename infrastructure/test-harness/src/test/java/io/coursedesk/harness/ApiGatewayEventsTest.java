package io.coursedesk.harness;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiGatewayEventsTest {

    private final LocalTokens tokens = LocalTokens.withRandomSecret();

    @Test
    void buildsAnHttpApiV2EventAsApiGatewaySendsIt() {
        String token = tokens.forSubject("s-1").tenantId("provider-1").role("STUDENT").mint();

        APIGatewayV2HTTPEvent event = ApiGatewayEvents.post("/courses/c-1/enrolments")
                .routeFrom(SamTemplate.locate())
                .query("tag", "a").query("tag", "b c")
                .header("X-Request-Id", "r-1")
                .bearer(token)
                .jsonBody(Map.of("payer", "SELF"))
                .toEvent();

        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("POST /courses/{courseId}/enrolments");
        assertThat(event.getRawPath()).isEqualTo("/courses/c-1/enrolments");
        assertThat(event.getRawQueryString()).isEqualTo("tag=a&tag=b+c");
        assertThat(event.getQueryStringParameters()).containsEntry("tag", "a,b c");
        assertThat(event.getPathParameters()).containsExactly(Map.entry("courseId", "c-1"));
        assertThat(event.getHeaders()).containsEntry("x-request-id", "r-1")
                .containsEntry("authorization", "Bearer " + token)
                .containsEntry("content-type", "application/json");
        assertThat(event.getBody()).isEqualTo("{\"payer\":\"SELF\"}");
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("POST");
        assertThat(event.getRequestContext().getHttp().getPath()).isEqualTo("/courses/c-1/enrolments");
        assertThat(event.getRequestContext().getStage()).isEqualTo("$default");
        assertThat(event.getRequestContext().getTimeEpoch()).isPositive();
        assertThat(event.getRequestContext().getAuthorizer().getJwt().getClaims())
                .containsEntry("sub", "s-1").containsEntry("custom:tenantId", "provider-1");
    }

    @Test
    void publicRoutesCarryNoAuthorizerContext() {
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.get("/catalogue").routeFrom(SamTemplate.locate())
                .bearer(tokens.forSubject("x").mint()).toEvent();

        assertThat(event.getRouteKey()).isEqualTo("GET /catalogue");
        assertThat(event.getRequestContext().getAuthorizer()).isNull();
    }

    @Test
    void binaryAndFormBodiesAreBase64Encoded() {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
        APIGatewayV2HTTPEvent binary = ApiGatewayEvents.post("/upload").body(pdf, "application/pdf").toEvent();
        APIGatewayV2HTTPEvent form = ApiGatewayEvents.post("/answer").formBody(Map.of("answer", "ja, graag")).toEvent();

        assertThat(binary.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(binary.getBody())).isEqualTo(pdf);
        assertThat(form.getIsBase64Encoded()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(form.getBody()), StandardCharsets.UTF_8)).isEqualTo("answer=ja%2C+graag");
        assertThat(form.getHeaders()).containsEntry("content-type", "application/x-www-form-urlencoded");
        assertThat(ApiGatewayEvents.post("/x").body("plain".getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
                .toEvent().getIsBase64Encoded()).isFalse();
    }

    @Test
    void aRequestTargetsQueryIsDecodedAsApiGatewayDecodesIt() {
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.get("/catalogue?provider=a%23b&tag=x&tag=y+z&flag")
                .routeFrom(SamTemplate.locate()).toEvent();

        assertThat(event.getRawPath()).isEqualTo("/catalogue");
        assertThat(event.getRawQueryString()).isEqualTo("provider=a%23b&tag=x&tag=y+z&flag");
        assertThat(event.getQueryStringParameters()).containsExactly(
                Map.entry("provider", "a#b"), Map.entry("tag", "x,y z"), Map.entry("flag", ""));
    }

    @Test
    void aRequestsOwnHeadersReplaceTheDefaultsAndItsCookiesAreListedApart() {
        APIGatewayV2HTTPEvent event = ApiGatewayEvents.get("/courses/c%201%2B2+3").routeFrom(SamTemplate.locate())
                .header("Host", "127.0.0.1:8080").header("User-Agent", "Firefox")
                .header("Cookie", "a=1; b=2").header("Accept", "text/html").header("Accept", "*/*")
                .toEvent();

        assertThat(event.getHeaders()).containsEntry("host", "127.0.0.1:8080").containsEntry("user-agent", "Firefox")
                .containsEntry("accept", "text/html,*/*").doesNotContainKey("cookie");
        assertThat(event.getCookies()).containsExactly("a=1", "b=2");
        assertThat(event.getPathParameters()).containsExactly(Map.entry("courseId", "c 1+2+3"));
        assertThat(event.getRequestContext().getDomainName()).isEqualTo("127.0.0.1:8080");
        assertThat(event.getRequestContext().getHttp().getUserAgent()).isEqualTo("Firefox");
        assertThat(event.getRequestContext().getAccountId()).isEqualTo(LocalCredentials.ACCOUNT_ID);
    }
}
