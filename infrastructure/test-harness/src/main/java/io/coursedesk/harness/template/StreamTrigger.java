package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code DynamoDB} stream event of a function (an event source mapping): Lambda polls the stream and invokes
 * the function synchronously with batches of records, retrying a failed batch and then sending its coordinates to
 * the on-failure destination.
 *
 * @param properties the event's properties as written (BatchSize, MaximumRetryAttempts, FilterCriteria, ...)
 */
public record StreamTrigger(String functionId, String eventName, JsonNode properties) {

    /** Lambda's default for a stream when the mapping sets none: retry until the record expires. */
    static final int AWS_DEFAULT_RETRY_ATTEMPTS = -1;
    static final int AWS_DEFAULT_BATCH_SIZE = 100;

    public String name() {
        return functionId + "." + eventName;
    }

    public int batchSize() {
        return properties.path("BatchSize").asInt(AWS_DEFAULT_BATCH_SIZE);
    }

    /** -1: until the record leaves the stream. */
    public int maximumRetryAttempts() {
        return properties.path("MaximumRetryAttempts").asInt(AWS_DEFAULT_RETRY_ATTEMPTS);
    }

    public boolean reportsBatchItemFailures() {
        for (JsonNode type : properties.path("FunctionResponseTypes")) {
            if ("ReportBatchItemFailures".equals(type.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The filter patterns (Event Ruler JSON); a record passes when any matches, or when there are none. */
    public List<String> filterPatterns() {
        List<String> patterns = new ArrayList<>();
        properties.path("FilterCriteria").path("Filters").forEach(filter -> patterns.add(filter.path("Pattern").asText()));
        return patterns;
    }

    /** The logical id of the queue the on-failure destination names ({@code !GetAtt Queue.Arn}), or null. */
    public String onFailureQueue() {
        JsonNode getAtt = properties.path("DestinationConfig").path("OnFailure").path("Destination").path("Fn::GetAtt");
        return getAtt.isArray() && getAtt.size() == 2 ? getAtt.get(0).asText() : null;
    }

    public boolean hasOnFailureDestination() {
        return !properties.path("DestinationConfig").path("OnFailure").path("Destination").isMissingNode();
    }
}
