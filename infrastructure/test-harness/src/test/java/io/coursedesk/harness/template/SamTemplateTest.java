package io.coursedesk.harness.template;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SamTemplateTest {

    private final SamTemplate template = SamTemplate.locate();

    @Test
    void findsTheRepositoryRootAboveTheWorkingDirectory() {
        assertThat(template.root()).isEqualTo(SamTemplate.repositoryRoot());
        assertThat(Files.isRegularFile(template.root().resolve("pom.xml"))).isTrue();
        assertThat(Files.isDirectory(template.root().resolve("functions"))).isTrue();
    }

    @Test
    void readsTheEnrolmentFunctionWithGlobalsApplied() {
        SamFunction enrolment = template.function("EnrolmentFunction");

        assertThat(enrolment.handler()).isEqualTo("io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction");
        assertThat(enrolment.codeUri()).isEqualTo(template.root().resolve("functions/enrolment/target/enrolment-lambda.jar"));
        assertThat(enrolment.moduleDirectory()).isEqualTo(template.root().resolve("functions/enrolment"));
        assertThat(enrolment.environment()).containsKeys("COURSEDESK_TABLE_NAME", "COURSEDESK_EVENT_BUS_NAME",
                "MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_JWKS_COGNITO_URL");
        assertThat(enrolment.environment().get("COURSEDESK_TABLE_NAME").toString()).isEqualTo("{\"Ref\":\"Table\"}");
        assertThat(enrolment.properties().path("Runtime").asText()).isEqualTo("java21");
        assertThat(enrolment.isAsync()).isFalse();
    }

    @Test
    void readsHttpRoutesAndPicksTheOneApiGatewayWould() {
        assertThat(template.route("GET", "/catalogue")).get().satisfies(route -> {
            assertThat(route.publicRoute()).isTrue();
            assertThat(route.functionId()).isEqualTo("EnrolmentFunction");
        });
        assertThat(template.route("POST", "/courses/c-1/enrolments/e-9/cancel")).get().satisfies(route -> {
            assertThat(route.routeKey()).isEqualTo("POST /courses/{courseId}/enrolments/{enrolmentId}/cancel");
            assertThat(route.publicRoute()).isFalse();
            assertThat(route.match("POST", "/courses/c-1/enrolments/e-9/cancel"))
                    .contains(Map.of("courseId", "c-1", "enrolmentId", "e-9"));
        });
        assertThat(template.route("DELETE", "/catalogue")).isEmpty();
        assertThat(template.route("GET", "/courses/c-1/unknown")).isEmpty();
    }

    @Test
    void greedyAndLiteralRoutesMatchAsInApiGateway() {
        HttpApiRoute greedy = new HttpApiRoute("F", "Files", "ANY", "/files/{path+}", false);
        HttpApiRoute literal = new HttpApiRoute("F", "Me", "GET", "/students/me", false);
        HttpApiRoute parameter = new HttpApiRoute("F", "One", "GET", "/students/{studentId}", false);

        assertThat(greedy.match("PUT", "/files/a/b.pdf")).contains(Map.of("path", "a/b.pdf"));
        assertThat(greedy.match("GET", "/files")).isEmpty();
        assertThat(literal.literalSegments()).isGreaterThan(parameter.literalSegments());
        assertThat(parameter.match("GET", "/students/")).isEmpty();
    }

    @Test
    void readsTheTable() {
        Resource table = template.table();

        assertThat(table.logicalId()).isEqualTo("Table");
        assertThat(table.properties().path("GlobalSecondaryIndexes")).hasSize(2);
        assertThat(table.properties().path("TimeToLiveSpecification").path("AttributeName").asText()).isEqualTo("expiresAt");
    }

    @Test
    void readsEventBridgeRulesWithRetryAndDeadLetterConfig() throws Exception {
        SamTemplate fixture = SamTemplate.load(Path.of(getClass().getResource("/bus-template.yaml").toURI()));

        assertThat(fixture.eventBridgeRules()).extracting(EventBridgeRuleTrigger::ruleName)
                .containsExactly("ConfirmationFunction.Confirmed", "LargeCourseFunction.BigCourse");
        EventBridgeRuleTrigger confirmed = fixture.eventBridgeRules().get(0);
        assertThat(confirmed.patternJson())
                .isEqualTo("{\"source\":[\"coursedesk.enrolment\"],\"detail-type\":[\"EnrolmentConfirmed\"]}");
        assertThat(confirmed.maximumRetryAttempts()).isEqualTo(2);
        assertThat(confirmed.deadLetterConfig().path("Arn").toString()).isEqualTo("{\"Fn::GetAtt\":[\"DeadLetters\",\"Arn\"]}");
        assertThat(fixture.function("ConfirmationFunction").isAsync()).isTrue();
        assertThat(fixture.eventBridgeRules().get(1).pattern().path("detail").path("capacity").get(0)
                .path("numeric").get(1).isNumber()).isTrue();
    }
}
