package io.coursedesk.shared.relay;

import java.util.List;
import java.util.Optional;

/**
 * A stream handler's answer with ReportBatchItemFailures: Lambda checkpoints the batch before the first failed
 * record and retries from it; an empty list means the whole batch is done.
 */
public record BatchResponse(List<ItemFailure> batchItemFailures) {

    public static BatchResponse failedFrom(Optional<String> sequenceNumber) {
        return new BatchResponse(sequenceNumber.map(s -> List.of(new ItemFailure(s))).orElse(List.of()));
    }

    /** @param itemIdentifier the sequence number of the stream record */
    public record ItemFailure(String itemIdentifier) {
    }
}
