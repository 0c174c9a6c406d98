package io.coursedesk.enrolment;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that talks to its own instance of the real handler. */
abstract class FunctionTest {
    protected static FunctionUnderTest function;

    @BeforeAll
    static void startFunction() {
        function = new FunctionUnderTest();
    }

    @AfterAll
    static void stopFunction() {
        // null where the start was skipped (LocalStack without Docker)
        if (function != null) {
            function.close();
        }
    }
}
