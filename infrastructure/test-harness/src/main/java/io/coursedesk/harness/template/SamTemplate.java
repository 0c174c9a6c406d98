package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The project's {@code template.yaml}: the one description of functions, routes, rules and the table that
 * the tests and the local runtime wire themselves from, so nothing is declared twice.
 */
public final class SamTemplate {

    public static final String FILE_NAME = "template.yaml";
    public static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    public static final String TABLE_TYPE = "AWS::DynamoDB::Table";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path root;
    private final JsonNode document;
    private final Map<String, Resource> resources;
    private final List<SamFunction> functions;

    private SamTemplate(Path root, JsonNode document) {
        this.root = root;
        this.document = document;
        this.resources = readResources(document);
        this.functions = readFunctions();
    }

    /** Loads the template of the repository this JVM runs in (found by walking up from {@code user.dir}). */
    public static SamTemplate locate() {
        return load(repositoryRoot().resolve(FILE_NAME));
    }

    public static SamTemplate load(Path templateFile) {
        Path file = templateFile.toAbsolutePath().normalize();
        return new SamTemplate(file.getParent(), CloudFormationYaml.read(file));
    }

    /** The nearest directory at or above {@code user.dir} that holds {@code template.yaml}. */
    public static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE_NAME))) {
                return dir;
            }
        }
        throw new IllegalStateException("no " + FILE_NAME + " in " + start + " or any directory above it");
    }

    /** The repository root: the directory holding the template; code URIs are relative to it. */
    public Path root() {
        return root;
    }

    /** The whole template as JSON, short-form intrinsics turned into their long form. */
    public JsonNode document() {
        return document;
    }

    public JsonNode parameters() {
        return document.path("Parameters");
    }

    public JsonNode conditions() {
        return document.path("Conditions");
    }

    public JsonNode outputs() {
        return document.path("Outputs");
    }

    public JsonNode functionGlobals() {
        return document.path("Globals").path("Function");
    }

    public Map<String, Resource> resources() {
        return resources;
    }

    public Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    public List<Resource> resourcesOfType(String type) {
        return resources.values().stream().filter(r -> r.isA(type)).toList();
    }

    public List<SamFunction> functions() {
        return functions;
    }

    public SamFunction function(String logicalId) {
        return functions.stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no function " + logicalId + " in " + FILE_NAME));
    }

    /** The one DynamoDB table. */
    public Resource table() {
        List<Resource> tables = resourcesOfType(TABLE_TYPE);
        if (tables.size() != 1) {
            throw new IllegalStateException("expected exactly one " + TABLE_TYPE + " in " + FILE_NAME + ", found " + tables.size());
        }
        return tables.get(0);
    }

    public List<HttpApiRoute> httpRoutes() {
        return functions.stream().flatMap(f -> f.httpRoutes().stream()).toList();
    }

    public List<EventBridgeRuleTrigger> eventBridgeRules() {
        return functions.stream().flatMap(f -> f.eventBridgeRules().stream()).toList();
    }

    public List<StreamTrigger> streams() {
        return functions.stream().flatMap(f -> f.streams().stream()).toList();
    }

    public List<ScheduleTrigger> schedules() {
        return functions.stream().flatMap(f -> f.schedules().stream()).toList();
    }

    /** The route API Gateway would pick for a request: literal segments win over parameters. */
    public Optional<HttpApiRoute> route(String method, String rawPath) {
        return httpRoutes().stream()
                .filter(r -> r.match(method, rawPath).isPresent())
                .max(Comparator.comparingInt(HttpApiRoute::literalSegments)
                        .thenComparing(r -> !r.method().equals("ANY")));
    }

    private static Map<String, Resource> readResources(JsonNode document) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        document.path("Resources").fields().forEachRemaining(entry -> resources.put(entry.getKey(),
                new Resource(entry.getKey(), entry.getValue().path("Type").asText(), entry.getValue().path("Properties"))));
        return Collections.unmodifiableMap(resources);
    }

    private List<SamFunction> readFunctions() {
        List<SamFunction> result = new ArrayList<>();
        for (Resource resource : resourcesOfType(FUNCTION_TYPE)) {
            result.add(readFunction(resource.logicalId(), withGlobals(resource.properties())));
        }
        return List.copyOf(result);
    }

    /** SAM's Globals: the function's own properties win; environment variables merge. */
    private JsonNode withGlobals(JsonNode own) {
        ObjectNode merged = NODES.objectNode();
        if (functionGlobals().isObject()) {
            merged.setAll((ObjectNode) functionGlobals().deepCopy());
        }
        ObjectNode variables = NODES.objectNode();
        functionGlobals().path("Environment").path("Variables").fields().forEachRemaining(e -> variables.set(e.getKey(), e.getValue()));
        own.path("Environment").path("Variables").fields().forEachRemaining(e -> variables.set(e.getKey(), e.getValue()));
        if (own.isObject()) {
            merged.setAll((ObjectNode) own);
        }
        merged.putObject("Environment").set("Variables", variables);
        return merged;
    }

    private SamFunction readFunction(String logicalId, JsonNode properties) {
        List<HttpApiRoute> routes = new ArrayList<>();
        List<EventBridgeRuleTrigger> rules = new ArrayList<>();
        List<ScheduleTrigger> schedules = new ArrayList<>();
        List<StreamTrigger> streams = new ArrayList<>();
        properties.path("Events").fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode event = entry.getValue().path("Properties");
            switch (entry.getValue().path("Type").asText()) {
                case "HttpApi" -> routes.add(new HttpApiRoute(logicalId, name,
                        event.path("Method").asText("ANY").toUpperCase(Locale.ROOT),
                        event.path("Path").asText("/$default"),
                        "NONE".equals(event.path("Auth").path("Authorizer").asText())));
                case "EventBridgeRule" -> rules.add(new EventBridgeRuleTrigger(logicalId, name,
                        event.path("Pattern"), event.path("EventBusName"),
                        event.path("RetryPolicy"), event.path("DeadLetterConfig")));
                case "Schedule" -> schedules.add(new ScheduleTrigger(logicalId, name, "Schedule",
                        event.path("Schedule").asText(null), null,
                        event.path("RetryPolicy"), event.path("DeadLetterConfig")));
                case "ScheduleV2" -> schedules.add(new ScheduleTrigger(logicalId, name, "ScheduleV2",
                        event.path("ScheduleExpression").asText(null),
                        event.path("ScheduleExpressionTimezone").asText(null),
                        event.path("RetryPolicy"), event.path("DeadLetterConfig")));
                case "DynamoDB" -> streams.add(new StreamTrigger(logicalId, name, event));
                default -> {
                    // other triggers (SQS, S3, ...) are not wired locally
                }
            }
        });
        Map<String, JsonNode> environment = new LinkedHashMap<>();
        properties.path("Environment").path("Variables").fields()
                .forEachRemaining(e -> environment.put(e.getKey(), e.getValue()));
        String codeUri = properties.path("CodeUri").asText("");
        return new SamFunction(logicalId, root.resolve(codeUri).normalize(),
                properties.path("Handler").asText(null), Collections.unmodifiableMap(environment),
                List.copyOf(routes), List.copyOf(rules), List.copyOf(schedules), List.copyOf(streams), properties);
    }
}
