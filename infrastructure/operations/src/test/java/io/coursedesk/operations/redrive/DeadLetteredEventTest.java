package io.coursedesk.operations.redrive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two shapes as AWS documents them, and what is neither. */
class DeadLetteredEventTest {

    private static final String ENVELOPE = """
            {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","detail-type":"EnrolmentConfirmed",
             "source":"coursedesk.enrolment","account":"123456789012","time":"2026-12-01T10:00:00Z",
             "region":"eu-west-1","resources":["arn:aws:example"],
             "detail":{"eventId":"EnrolmentConfirmed:s-1","tenantId":"t-1"}}""";

    @Test
    void theBodyOfARuleTargetsDeadLetterIsTheEventItself() {
        assertThat(DeadLetteredEvent.recognise(ENVELOPE)).hasValueSatisfying(event -> {
            assertThat(event.shape()).isEqualTo(DeadLetteredEvent.Shape.EVENTBRIDGE_EVENT);
            assertThat(event.originalId()).isEqualTo("6a7e8feb-b491-4cf7-a9f1-bf3703467718");
            assertThat(event.source()).isEqualTo("coursedesk.enrolment");
            assertThat(event.detailType()).isEqualTo("EnrolmentConfirmed");
            assertThat(event.detailJson()).isEqualTo("{\"eventId\":\"EnrolmentConfirmed:s-1\",\"tenantId\":\"t-1\"}");
            assertThat(event.resources()).containsExactly("arn:aws:example");
        });
    }

    @Test
    void lambdasOnFailureRecordCarriesTheEventAsItsRequestPayload() {
        String record = """
                {"version":"1.0","timestamp":"2026-12-01T10:03:00.000Z",
                 "requestContext":{"requestId":"e4b46cbf","functionArn":"arn:aws:lambda:eu-west-1:123456789012:function:f:$LATEST",
                                   "condition":"RetriesExhausted","approximateInvokeCount":3},
                 "requestPayload":%s,
                 "responseContext":{"statusCode":200,"executedVersion":"$LATEST","functionError":"Unhandled"},
                 "responsePayload":{"errorMessage":"boom","errorType":"java.lang.IllegalStateException"}}
                """.formatted(ENVELOPE);

        assertThat(DeadLetteredEvent.recognise(record)).hasValueSatisfying(event -> {
            assertThat(event.shape()).isEqualTo(DeadLetteredEvent.Shape.LAMBDA_FAILURE_RECORD);
            assertThat(event.detailType()).isEqualTo("EnrolmentConfirmed");
            assertThat(event.detailJson()).contains("EnrolmentConfirmed:s-1");
        });
    }

    @Test
    void anythingElseIsNotRecognised() {
        assertThat(DeadLetteredEvent.recognise("not json")).isEmpty();
        assertThat(DeadLetteredEvent.recognise("[1,2]")).isEmpty();
        assertThat(DeadLetteredEvent.recognise("{\"Records\":[]}")).isEmpty();
        assertThat(DeadLetteredEvent.recognise("{\"source\":\"a\",\"detail-type\":\"B\",\"detail\":\"a string\"}")).isEmpty();
        assertThat(DeadLetteredEvent.recognise("{\"requestContext\":{},\"requestPayload\":{\"key\":\"value\"}}")).isEmpty();
    }
}
