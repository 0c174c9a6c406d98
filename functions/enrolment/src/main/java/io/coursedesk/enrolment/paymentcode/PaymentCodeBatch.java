package io.coursedesk.enrolment.paymentcode;

import java.util.List;

/** The codes of a batch, in the order they were made. */
public record PaymentCodeBatch(String batchId, List<String> codes) {

    public PaymentCodeBatch {
        codes = List.copyOf(codes);
    }
}
