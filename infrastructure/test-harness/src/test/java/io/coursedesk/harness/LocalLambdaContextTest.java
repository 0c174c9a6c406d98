package io.coursedesk.harness;

import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalLambdaContextTest {

    @Test
    void takesNameMemoryAndTimeoutFromTheTemplate() {
        LocalLambdaContext context = LocalLambdaContext.of(SamTemplate.locate().function("EnrolmentFunction"));

        assertThat(context.getFunctionName()).isEqualTo("EnrolmentFunction");
        assertThat(context.getMemoryLimitInMB()).isEqualTo(1024);
        assertThat(context.getRemainingTimeInMillis()).isBetween(1, 20_000);
        assertThat(context.getInvokedFunctionArn()).isEqualTo("arn:aws:lambda:eu-west-1:123456789012:function:EnrolmentFunction");
        assertThat(context.getAwsRequestId()).isNotEqualTo(LocalLambdaContext.of(SamTemplate.locate().function("EnrolmentFunction")).getAwsRequestId());
    }
}
