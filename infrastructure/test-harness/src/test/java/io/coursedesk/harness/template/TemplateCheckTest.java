package io.coursedesk.harness.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Guards the project's {@code template.yaml}; the handler classes are checked after the build, in the local runtime. */
class TemplateCheckTest {

    private final TemplateCheck check = new TemplateCheck(SamTemplate.locate());

    @Test
    void everyReferencePointsAtAParameterResourceOrPseudoParameter() {
        assertThat(check.unresolvedReferences()).isEmpty();
    }

    @Test
    void everyEventPatternCompilesInEventRuler() {
        assertThat(check.invalidEventPatterns()).isEmpty();
    }

    @Test
    void everyScheduleExpressionParses() {
        assertThat(check.invalidSchedules()).isEmpty();
    }

    @Test
    void everyAsyncFunctionHasRetriesAndADeadLetterQueue() {
        assertThat(check.asyncFunctionsWithoutRetryOrDeadLetter()).isEmpty();
    }

    @Test
    void everyDeadLetterQueueHasAnAlarmThatNotifiesSomeone() {
        assertThat(check.deadLetterQueuesWithoutAlarm()).isEmpty();
    }

    @Test
    void everyRouteHasOneFunction() {
        assertThat(check.duplicateRoutes()).isEmpty();
    }

    @Test
    void everyFunctionDeploysTheLambdaJarOfAModule() {
        assertThat(check.artifactsWithoutModule()).isEmpty();
    }

    @Test
    void theTemplateDeclaresWhatTheFoundationNeeds() {
        SamTemplate template = SamTemplate.locate();

        assertThat(template.resourcesOfType("AWS::Cognito::UserPool")).hasSize(1);
        assertThat(template.resourcesOfType("AWS::Serverless::HttpApi")).singleElement().satisfies(api ->
                assertThat(api.properties().path("Auth").path("DefaultAuthorizer").asText()).isNotBlank());
        assertThat(template.resourcesOfType("AWS::Events::EventBus")).hasSize(1);
        assertThat(template.table().properties().path("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(template.httpRoutes()).filteredOn(HttpApiRoute::publicRoute)
                .extracting(HttpApiRoute::routeKey).contains("GET /catalogue");
    }
}
