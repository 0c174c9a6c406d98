package io.coursedesk.harness.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.LocalCredentials;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

import java.util.Base64;
import java.util.Map;

/**
 * A stream record as Lambda hands it to a function (the {@code DynamodbEvent} record: {@code eventName},
 * {@code dynamodb.NewImage} in DynamoDB's attribute-value JSON, ...), built from what GetRecords returned.
 */
final class StreamRecordJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamRecordJson() {
    }

    static ObjectNode of(Record record, String streamArn) {
        ObjectNode json = JSON.createObjectNode();
        json.put("eventID", record.eventID());
        json.put("eventName", record.eventNameAsString());
        json.put("eventVersion", record.eventVersion());
        json.put("eventSource", "aws:dynamodb");
        json.put("awsRegion", LocalCredentials.REGION.id());
        StreamRecord change = record.dynamodb();
        ObjectNode dynamodb = json.putObject("dynamodb");
        if (change.approximateCreationDateTime() != null) {
            dynamodb.put("ApproximateCreationDateTime", change.approximateCreationDateTime().getEpochSecond());
        }
        dynamodb.set("Keys", image(change.keys()));
        if (change.hasNewImage()) {
            dynamodb.set("NewImage", image(change.newImage()));
        }
        if (change.hasOldImage()) {
            dynamodb.set("OldImage", image(change.oldImage()));
        }
        dynamodb.put("SequenceNumber", change.sequenceNumber());
        dynamodb.put("SizeBytes", change.sizeBytes());
        dynamodb.put("StreamViewType", change.streamViewTypeAsString());
        json.put("eventSourceARN", streamArn);
        return json;
    }

    private static ObjectNode image(Map<String, AttributeValue> attributes) {
        ObjectNode image = JSON.createObjectNode();
        attributes.forEach((name, value) -> image.set(name, value(value)));
        return image;
    }

    private static ObjectNode value(AttributeValue value) {
        ObjectNode json = JSON.createObjectNode();
        switch (value.type()) {
            case S -> json.put("S", value.s());
            case N -> json.put("N", value.n());
            case B -> json.put("B", Base64.getEncoder().encodeToString(value.b().asByteArray()));
            case BOOL -> json.put("BOOL", value.bool());
            case NUL -> json.put("NULL", true);
            case SS -> value.ss().forEach(json.putArray("SS")::add);
            case NS -> value.ns().forEach(json.putArray("NS")::add);
            case BS -> value.bs().forEach(b -> json.putArray("BS").add(Base64.getEncoder().encodeToString(b.asByteArray())));
            case L -> value.l().forEach(element -> json.withArray("L").add(value(element)));
            case M -> json.set("M", image(value.m()));
            default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
        }
        return json;
    }
}
