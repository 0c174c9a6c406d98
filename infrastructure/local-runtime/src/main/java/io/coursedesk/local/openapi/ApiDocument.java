package io.coursedesk.local.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one OpenAPI 3.1 document of the whole HTTP API, merged from the documents of the functions behind it: every
 * route from exactly one function, its security as {@code template.yaml} sets it (none on the public routes, the JWT
 * scheme elsewhere), problem responses, operationIds unique across the API, servers and tags.
 */
public final class ApiDocument {

    public static final String TITLE = "CourseDesk API";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    private static final String PRODUCT = TITLE.substring(0, TITLE.indexOf(' ') + 1);
    private static final String DESCRIPTION = """
            Course administration for training providers: courses, catalogue, enrolments with waiting lists, \
            instructors and their invitations, mail templates and invitations, passes, certificates and course files.

            Every route but the public ones (catalogue, answer pages, pass verification) needs a JWT bearer token; \
            the roles an operation lists are the values of the token's `custom:role` claim it accepts. Every error \
            is `application/problem+json` (RFC 9457); an invalid request's problem names each invalid field in `errors`.""";

    private ApiDocument() {
    }

    /** The document for the template's routes, from the function jars built last. */
    public static ObjectNode of(SamTemplate template) {
        return merge(FunctionApi.of(template), template.httpRoutes());
    }

    /** Merges the functions' documents; fails naming every clash and every operation its function must complete. */
    public static ObjectNode merge(List<FunctionApi> functionApis, Collection<HttpApiRoute> routes) {
        List<FunctionApi> apis = Components.renameClashes(functionApis);
        apis.forEach(api -> OpenApi31.convert(api.document()));
        Set<String> publicRoutes = routes.stream().filter(HttpApiRoute::publicRoute).map(HttpApiRoute::routeKey)
                .collect(Collectors.toSet());

        List<String> problems = new ArrayList<>();
        Map<String, ObjectNode> paths = new TreeMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        Map<String, String> tagDescriptions = new TreeMap<>();
        for (FunctionApi api : apis) {
            problems.addAll(foreignSecuritySchemes(api));
            String defaultTag = defaultTag(api.document());
            api.document().path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                if (!Operations.METHODS.contains(method.getKey())) {
                    return;
                }
                String routeKey = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                String owner = owners.putIfAbsent(routeKey, api.functionId());
                if (owner != null) {
                    problems.add(routeKey + " is in the documents of both " + owner + " and " + api.functionId());
                    return;
                }
                ObjectNode operation = method.getValue().deepCopy();
                inheritPathParameters(operation, path.getValue());
                if (operation.path("tags").isEmpty()) {
                    operation.putArray("tags").add(defaultTag);
                }
                operation.get("tags").forEach(tag -> tagDescriptions.putIfAbsent(tag.asText(), tagDescription(api.document(), tag.asText())));
                problems.addAll(Operations.complete(operation, routeKey, publicRoutes.contains(routeKey), api.functionId(),
                        api.document().path("security")));
                paths.computeIfAbsent(path.getKey(), key -> NODES.objectNode()).set(method.getKey(), operation);
            }));
        }
        Set<String> versions = apis.stream().map(api -> api.document().path("info").path("version").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        if (versions.size() > 1) {
            problems.add("the functions' documents differ in info.version " + versions + ": give them one");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the merged OpenAPI document cannot be made:\n  - " + String.join("\n  - ", problems));
        }
        Map<String, ObjectNode> operations = new LinkedHashMap<>();
        paths.forEach((path, item) -> item.fields().forEachRemaining(method ->
                operations.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path, (ObjectNode) method.getValue())));
        Operations.assignOperationIds(operations);

        Components components = new Components();
        ProblemResponses.defineIn(components);
        apis.forEach(components::add);
        ObjectNode pathsNode = NODES.objectNode();
        paths.forEach(pathsNode::set);

        ObjectNode document = NODES.objectNode().put("openapi", OpenApi31.VERSION);
        ObjectNode info = document.putObject("info").put("title", TITLE)
                .put("version", versions.isEmpty() ? "0" : versions.iterator().next()).put("description", DESCRIPTION);
        // the project is proprietary: its npm packages say UNLICENSED
        info.putObject("license").put("name", "Proprietary").put("identifier", "LicenseRef-Proprietary");
        document.set("servers", servers());
        tagDescriptions.forEach((name, description) -> document.withArray("tags").addObject()
                .put("name", name).put("description", description));
        document.set("paths", pathsNode);
        document.set("components", components.reachableFrom(pathsNode, securitySchemes()));
        return document;
    }

    public static byte[] yaml(JsonNode document) {
        try {
            return YAML.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The local run as the server this document comes from (it serves it on /openapi.yaml, on whatever PORT says):
     * Redocly's recommended rules refuse a localhost URL.
     */
    private static JsonNode servers() {
        var servers = NODES.arrayNode();
        servers.addObject().put("url", "/").put("description", "The local run (./run-local), which serves this document");
        ObjectNode aws = servers.addObject().put("url", "https://{apiId}.execute-api.{region}.amazonaws.com")
                .put("description", "A stack in AWS: its output ApiUrl");
        ObjectNode variables = aws.putObject("variables");
        variables.putObject("apiId").put("default", "your-api-id").put("description", "The stack's HttpApi id");
        variables.putObject("region").put("default", "eu-west-1").put("description", "The stack's AWS region");
        return servers;
    }

    private static ObjectNode securitySchemes() {
        ObjectNode schemes = NODES.objectNode();
        schemes.putObject(Operations.SECURITY_SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "In AWS the Cognito user pool's ID token, which the HttpApi's JWT authorizer checks; "
                        + "in the local run a token from POST /local/token.");
        return schemes;
    }

    /** The only scheme the gateway applies is its JWT authorizer; a function document naming another is wrong. */
    private static List<String> foreignSecuritySchemes(FunctionApi api) {
        List<String> problems = new ArrayList<>();
        api.document().path("components").path("securitySchemes").fields().forEachRemaining(scheme -> {
            if (!scheme.getValue().path("type").asText().equals("http") || !scheme.getValue().path("scheme").asText().equalsIgnoreCase("bearer")) {
                problems.add("security scheme " + scheme.getKey() + " of " + api.functionId()
                        + " is not the gateway's JWT bearer scheme");
            }
        });
        return problems;
    }

    /** Path-level parameters belong to each of the path's operations. */
    private static void inheritPathParameters(ObjectNode operation, JsonNode pathItem) {
        for (JsonNode parameter : pathItem.path("parameters")) {
            boolean overridden = false;
            for (JsonNode own : operation.path("parameters")) {
                overridden |= own.path("name").equals(parameter.path("name")) && own.path("in").equals(parameter.path("in"));
            }
            if (!overridden) {
                operation.withArray("parameters").add(parameter.deepCopy());
            }
        }
    }

    /** An untagged operation is tagged with its function's part of the API: "CourseDesk availability" gives "Availability". */
    private static String defaultTag(JsonNode document) {
        String title = document.path("info").path("title").asText();
        String part = title.startsWith(PRODUCT) ? title.substring(PRODUCT.length()) : title;
        return part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1);
    }

    /** The function's own description of the tag, else that of the function's document. */
    private static String tagDescription(JsonNode document, String tag) {
        for (JsonNode defined : document.path("tags")) {
            if (defined.path("name").asText().equals(tag) && !defined.path("description").asText().isBlank()) {
                return defined.get("description").asText();
            }
        }
        return document.path("info").path("description").asText();
    }
}
