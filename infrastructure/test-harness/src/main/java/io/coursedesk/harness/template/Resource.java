package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of the template's {@code Resources} section, intrinsics kept in long form. */
public record Resource(String logicalId, String type, JsonNode properties) {

    public boolean isA(String resourceType) {
        return type.equals(resourceType);
    }
}
