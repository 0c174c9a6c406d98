package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.event.ruler.JsonRuleCompiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What a deployment would reject or regret in {@code template.yaml}, found without AWS: each method lists the
 * problems of one kind, empty when there are none. cfn-lint checks the CloudFormation itself where it is installed
 * (CfnLintTest); these checks know what it cannot: the code, Event Ruler, and the project's own rules.
 */
public final class TemplateCheck {

    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
            "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern PARENT_RELATIVE_PATH =
            Pattern.compile("(?s)<parent>.*?<relativePath>([^<]*)</relativePath>.*?</parent>");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    /** Where a template names the queue that failed deliveries, invocations or messages end in. */
    private static final Set<String> DEAD_LETTER_KEYS = Set.of("DeadLetterConfig", "DeadLetterQueue", "OnFailure",
            "RedrivePolicy");
    private static final String QUEUE_TYPE = "AWS::SQS::Queue";
    private static final String ALARM_TYPE = "AWS::CloudWatch::Alarm";

    private final SamTemplate template;

    public TemplateCheck(SamTemplate template) {
        this.template = template;
    }

    /** Every {@code Ref}, {@code Fn::GetAtt}, {@code ${X}} in {@code Fn::Sub} and condition name points at something. */
    public List<String> unresolvedReferences() {
        List<String> problems = new ArrayList<>();
        walk(template.document(), "", problems);
        template.resources().forEach((id, resource) -> {
            JsonNode condition = template.document().path("Resources").path(id).path("Condition");
            if (condition.isTextual() && !template.conditions().has(condition.asText())) {
                problems.add("Resources." + id + ".Condition: no condition " + condition.asText());
            }
        });
        return problems;
    }

    /** Every EventBridge rule's pattern compiles in Event Ruler, the engine EventBridge matches with. */
    public List<String> invalidEventPatterns() {
        List<String> problems = new ArrayList<>();
        for (EventBridgeRuleTrigger rule : template.eventBridgeRules()) {
            if (!rule.pattern().isObject() || rule.pattern().isEmpty()) {
                problems.add(rule.ruleName() + ": no Pattern");
                continue;
            }
            String error = JsonRuleCompiler.check(rule.patternJson());
            if (error != null) {
                problems.add(rule.ruleName() + ": pattern " + rule.patternJson() + " does not compile: " + error);
            }
        }
        return problems;
    }

    /** Every schedule expression parses as AWS reads it. */
    public List<String> invalidSchedules() {
        List<String> problems = new ArrayList<>();
        for (ScheduleTrigger schedule : template.schedules()) {
            try {
                ScheduleExpression.parse(schedule.expression());
            } catch (RuntimeException e) {
                problems.add(schedule.functionId() + "." + schedule.eventName() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Every function triggered by the bus or a schedule has, for each trigger, a retry policy and a dead-letter
     * queue (they cover failed deliveries), and for itself a dead-letter queue or on-failure destination with
     * a retry count (Lambda invokes it asynchronously: without them a failing event is dropped after two retries).
     */
    public List<String> asyncFunctionsWithoutRetryOrDeadLetter() {
        List<String> problems = new ArrayList<>();
        for (SamFunction function : template.functions()) {
            for (EventBridgeRuleTrigger rule : function.eventBridgeRules()) {
                requireTriggerPolicies(rule.ruleName(), rule.hasRetryPolicy(), rule.hasDeadLetterConfig(), problems);
            }
            for (ScheduleTrigger schedule : function.schedules()) {
                requireTriggerPolicies(function.logicalId() + "." + schedule.eventName(), schedule.hasRetryPolicy(),
                        schedule.hasDeadLetterConfig(), problems);
            }
            for (StreamTrigger stream : function.streams()) {
                if (!stream.hasOnFailureDestination() || stream.maximumRetryAttempts() < 0) {
                    problems.add(stream.name() + ": a stream mapping needs MaximumRetryAttempts and "
                            + "DestinationConfig.OnFailure, or a failing batch blocks its shard until the records expire");
                }
            }
            if (!function.isAsync()) {
                continue;
            }
            JsonNode invokeConfig = function.eventInvokeConfig();
            boolean deadLetterQueue = function.deadLetterQueue().path("TargetArn").isObject()
                    || function.deadLetterQueue().path("TargetArn").isTextual()
                    || !invokeConfig.path("DestinationConfig").path("OnFailure").path("Destination").isMissingNode();
            if (!deadLetterQueue) {
                problems.add(function.logicalId() + ": asynchronous, but no DeadLetterQueue or "
                        + "EventInvokeConfig.DestinationConfig.OnFailure");
            }
            if (!invokeConfig.path("MaximumRetryAttempts").canConvertToInt()) {
                problems.add(function.logicalId() + ": asynchronous, but no EventInvokeConfig.MaximumRetryAttempts");
            }
        }
        return problems;
    }

    /**
     * Every queue that something dead-letters into has a CloudWatch alarm on its visible messages that notifies
     * someone: a dead letter nobody sees is a mail nobody gets.
     */
    public List<String> deadLetterQueuesWithoutAlarm() {
        Set<String> queues = new TreeSet<>();
        collectDeadLetterQueues(template.document().path("Resources"), false, queues);
        List<String> problems = new ArrayList<>();
        for (String queue : queues) {
            boolean alarmed = template.resourcesOfType(ALARM_TYPE).stream()
                    .map(Resource::properties)
                    .anyMatch(alarm -> "ApproximateNumberOfMessagesVisible".equals(alarm.path("MetricName").asText())
                            && alarm.path("AlarmActions").size() > 0
                            && referencesQueueName(alarm.path("Dimensions"), queue));
            if (!alarmed) {
                problems.add(queue + ": dead-letter queue without an alarm on ApproximateNumberOfMessagesVisible "
                        + "with AlarmActions");
            }
        }
        return problems;
    }

    /** No two functions claim the same route. */
    public List<String> duplicateRoutes() {
        Map<String, String> owners = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (HttpApiRoute route : template.httpRoutes()) {
            String previous = owners.putIfAbsent(route.routeKey(), route.functionId() + "." + route.eventName());
            if (previous != null) {
                problems.add(route.routeKey() + ": claimed by " + previous + " and " + route.functionId() + "." + route.eventName());
            }
        }
        return problems;
    }

    /** Every function's artifact is the Lambda jar of a Maven module in the repository that builds one. */
    public List<String> artifactsWithoutModule() {
        List<String> problems = new ArrayList<>();
        for (SamFunction function : template.functions()) {
            Path module = function.moduleDirectory();
            Path pom = module == null ? null : module.resolve("pom.xml");
            if (pom == null || !Files.isRegularFile(pom)) {
                problems.add(function.logicalId() + ": CodeUri " + function.codeUri() + " is not in a Maven module's target/");
                continue;
            }
            String pomText = read(pom);
            String expectedJar = artifactId(pomText) + "-lambda.jar";
            if (!function.codeUri().getFileName().toString().equals(expectedJar)) {
                problems.add(function.logicalId() + ": CodeUri should name " + expectedJar + ", the jar its module builds");
            }
            if (!buildsShadedJar(pom)) {
                problems.add(function.logicalId() + ": " + template.root().relativize(pom) + " does not build a shaded Lambda jar");
            }
        }
        return problems;
    }

    /**
     * The module or one of its parent POMs inside the repository runs the shade plugin; a mention in
     * {@code pluginManagement} only configures it and builds nothing.
     */
    private boolean buildsShadedJar(Path modulePom) {
        for (Path pom = modulePom; pom != null; pom = parentPom(pom)) {
            String declared = read(pom).replaceAll("(?s)<pluginManagement>.*?</pluginManagement>", "");
            if (declared.contains("maven-shade-plugin")) {
                return true;
            }
        }
        return false;
    }

    /** The parent POM at the parent's relative path (Maven's default ../pom.xml), when it lies in the repository. */
    private Path parentPom(Path pom) {
        String text = read(pom);
        if (!text.contains("<parent>")) {
            return null;
        }
        Matcher parent = PARENT_RELATIVE_PATH.matcher(text);
        String relativePath = parent.find() ? parent.group(1).trim() : "../pom.xml";
        Path candidate = pom.getParent().resolve(relativePath).normalize();
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("pom.xml");
        }
        return candidate.startsWith(template.root()) && Files.isRegularFile(candidate) ? candidate : null;
    }

    /**
     * Every function's handler class is in the Lambda jar it deploys. Run this after the functions are built:
     * a jar that does not exist yet is reported as a problem.
     */
    public List<String> missingHandlers() {
        List<String> problems = new ArrayList<>();
        for (SamFunction function : template.functions()) {
            if (function.handler() == null || function.handler().isBlank()) {
                problems.add(function.logicalId() + ": no Handler");
                continue;
            }
            String classFile = function.handler().split("::")[0].replace('.', '/') + ".class";
            if (!Files.isRegularFile(function.codeUri())) {
                problems.add(function.logicalId() + ": " + function.codeUri() + " is not built");
            } else if (!jarHolds(function.codeUri(), classFile)) {
                problems.add(function.logicalId() + ": handler " + function.handler() + " is not in " + function.codeUri());
            }
        }
        return problems;
    }

    /** All problems except {@link #missingHandlers()}, which needs the built jars. */
    public List<String> problemsBeforeBuild() {
        return Stream.of(unresolvedReferences(), invalidEventPatterns(), invalidSchedules(),
                asyncFunctionsWithoutRetryOrDeadLetter(), deadLetterQueuesWithoutAlarm(), duplicateRoutes(),
                artifactsWithoutModule())
                .flatMap(List::stream).toList();
    }

    private static void requireTriggerPolicies(String trigger, boolean retryPolicy, boolean deadLetter, List<String> problems) {
        if (!retryPolicy) {
            problems.add(trigger + ": no RetryPolicy");
        }
        if (!deadLetter) {
            problems.add(trigger + ": no DeadLetterConfig");
        }
    }

    /** The queues referenced ({@code Ref} or {@code Fn::GetAtt}) anywhere under a dead-letter key. */
    private void collectDeadLetterQueues(JsonNode node, boolean underDeadLetterKey, Set<String> queues) {
        if (node.isObject()) {
            String referenced = node.has("Ref") ? node.path("Ref").asText()
                    : node.path("Fn::GetAtt").path(0).asText(null);
            if (underDeadLetterKey && referenced != null && template.resource(referenced)
                    .filter(resource -> resource.isA(QUEUE_TYPE)).isPresent()) {
                queues.add(referenced);
            }
            node.fields().forEachRemaining(field -> collectDeadLetterQueues(field.getValue(),
                    underDeadLetterKey || DEAD_LETTER_KEYS.contains(field.getKey()), queues));
        } else if (node.isArray()) {
            node.forEach(element -> collectDeadLetterQueues(element, underDeadLetterKey, queues));
        }
    }

    private static boolean referencesQueueName(JsonNode dimensions, String queue) {
        for (JsonNode dimension : dimensions) {
            JsonNode value = dimension.path("Value");
            if ("QueueName".equals(dimension.path("Name").asText())
                    && queue.equals(value.path("Fn::GetAtt").path(0).asText())) {
                return true;
            }
        }
        return false;
    }

    private void walk(JsonNode node, String path, List<String> problems) {
        if (node.isObject()) {
            if (node.size() == 1) {
                checkIntrinsic(node, path, problems);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private void checkIntrinsic(JsonNode node, String path, List<String> problems) {
        String function = node.fieldNames().next();
        JsonNode argument = node.get(function);
        switch (function) {
            case "Ref" -> {
                if (!argument.isTextual() || !(isParameter(argument.asText()) || isResource(argument.asText()))) {
                    problems.add(path + ": Ref " + argument + " is no parameter, resource or pseudo parameter");
                }
            }
            case "Fn::GetAtt" -> {
                if (!argument.isArray() || argument.size() != 2 || !isResource(argument.get(0).asText())) {
                    problems.add(path + ": Fn::GetAtt " + argument + " names no resource");
                }
            }
            case "Fn::Sub" -> checkSub(argument, path, problems);
            case "Fn::If" -> {
                if (!argument.isArray() || argument.size() != 3 || !template.conditions().has(argument.get(0).asText())) {
                    problems.add(path + ": Fn::If " + argument + " names no condition");
                }
            }
            case "Condition" -> {
                if (argument.isTextual() && !template.conditions().has(argument.asText())) {
                    problems.add(path + ": no condition " + argument.asText());
                }
            }
            default -> {
                // other intrinsics carry no names to resolve
            }
        }
    }

    private void checkSub(JsonNode argument, String path, List<String> problems) {
        String text;
        Set<String> local = new HashSet<>();
        if (argument.isTextual()) {
            text = argument.asText();
        } else if (argument.isArray() && argument.size() == 2 && argument.get(0).isTextual()) {
            text = argument.get(0).asText();
            argument.get(1).fieldNames().forEachRemaining(local::add);
        } else {
            problems.add(path + ": Fn::Sub takes a string or [string, {variables}]");
            return;
        }
        Matcher variables = SUB_VARIABLE.matcher(text);
        while (variables.find()) {
            String name = variables.group(1);
            if (name.startsWith("!") || local.contains(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            boolean resolved = dot > 0 ? isResource(name.substring(0, dot)) : isParameter(name) || isResource(name);
            if (!resolved) {
                problems.add(path + ": ${" + name + "} in Fn::Sub is no parameter, resource or pseudo parameter");
            }
        }
    }

    private boolean isParameter(String name) {
        return PSEUDO_PARAMETERS.contains(name) || template.parameters().has(name);
    }

    /** A declared resource, or one SAM generates for a function ({@code XRole}, {@code X.Alias}, {@code X.Version}). */
    private boolean isResource(String name) {
        if (template.resources().containsKey(name)) {
            return true;
        }
        for (SamFunction function : template.functions()) {
            String id = function.logicalId();
            if (name.equals(id + ".Alias") || name.equals(id + ".Version")
                    || (name.equals(id + "Role") && function.properties().path("Role").isMissingNode())) {
                return true;
            }
        }
        return false;
    }

    private static boolean jarHolds(Path jar, String entry) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(entry) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }

    /** The module's own artifactId: the first one after the parent block. */
    private static String artifactId(String pom) {
        String own = pom.replaceFirst("(?s)<parent>.*?</parent>", "");
        Matcher matcher = ARTIFACT_ID.matcher(own);
        return matcher.find() ? matcher.group(1).trim() : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
