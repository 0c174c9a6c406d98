package io.coursedesk.enrolment;

import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.LocalAws;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that talks to its own instance of the real handler. */
abstract class FunctionTest {
    protected static FunctionUnderTest function;

    @BeforeAll
    static void startFunction() {
        function = enrolmentFunction();
    }

    @AfterAll
    static void stopFunction() throws Exception {
        // null where the start was skipped (LocalStack without Docker)
        if (function != null) {
            function.close();
        }
    }

    /** A fresh enrolment function: its handler reads its configuration once, when its context starts. */
    static FunctionUnderTest enrolmentFunction() {
        // so the local AWS is up, with the table and endpoints in the properties, before the handler starts
        LocalAws.get();
        return FunctionUnderTest.http("EnrolmentFunction", new APIGatewayV2HTTPEventFunction());
    }
}
