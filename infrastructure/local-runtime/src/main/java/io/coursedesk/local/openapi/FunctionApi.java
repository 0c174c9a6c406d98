package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamFunction;
import io.coursedesk.harness.template.SamTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document of one function with HTTP routes, as micronaut-openapi wrote it into the function's jar.
 *
 * @param functionId the function's logical id in {@code template.yaml}
 */
public record FunctionApi(String functionId, JsonNode document) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The documents of every function the template routes HTTP requests to, from the jars built last. */
    public static List<FunctionApi> of(SamTemplate template) {
        Set<String> routed = template.httpRoutes().stream().map(HttpApiRoute::functionId).collect(Collectors.toSet());
        List<FunctionApi> apis = new ArrayList<>();
        for (SamFunction function : template.functions()) {
            if (!routed.contains(function.logicalId())) {
                continue;
            }
            for (byte[] document : OpenApiDocuments.readFrom(function.codeUri()).values()) {
                apis.add(new FunctionApi(function.logicalId(), read(document)));
            }
        }
        return apis;
    }

    /** What tells this function's schemas apart from another's of the same name: {@code InvitationsApiFunction} gives {@code Invitations}. */
    String shortName() {
        return functionId.replaceFirst("Function$", "").replaceFirst("Api$", "");
    }

    static JsonNode read(byte[] yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("not an OpenAPI document in YAML", e);
        }
    }
}
