package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** One entry of the template's {@code Resources} section, intrinsics kept in long form. */
public record Resource(String logicalId, String type, JsonNode properties) {

    public boolean isA(String resourceType) {
        return type.equals(resourceType);
    }

    /** The logical id an ARN property points at ({@code !GetAtt Queue.Arn}), or empty for a literal ARN. */
    public static Optional<String> arnOf(JsonNode arn) {
        JsonNode getAtt = arn.path("Fn::GetAtt");
        return getAtt.isArray() && "Arn".equals(getAtt.path(1).asText()) ? Optional.of(getAtt.path(0).asText())
                : Optional.empty();
    }
}
