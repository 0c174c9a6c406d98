package io.coursedesk.harness.template;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CloudFormation/SAM YAML document into a JSON tree. Jackson's plain YAML mapping drops the
 * short-form intrinsic tags ({@code !Ref}, {@code !GetAtt}, {@code !Sub}, ...), so the parser is walked
 * token by token and each tag is turned into its long form ({@code {"Ref": ..}}, {@code {"Fn::GetAtt": [..]}}).
 */
public final class CloudFormationYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLFactory YAML = new YAMLFactory();

    private CloudFormationYaml() {
    }

    public static JsonNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static JsonNode read(String yaml) {
        try {
            return read(new StringReader(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Reader reader) throws IOException {
        try (YAMLParser parser = (YAMLParser) YAML.createParser(reader)) {
            if (parser.nextToken() == null) {
                return NODES.missingNode();
            }
            return value(parser);
        }
    }

    /** Reads the value at the parser's current token; the tag must be read before descending. */
    private static JsonNode value(YAMLParser parser) throws IOException {
        String tag = intrinsicTag(parser.getTypeId());
        JsonNode plain = switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue().longValueExact());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IOException("unexpected YAML token " + parser.currentToken()
                    + " at " + parser.currentLocation());
        };
        return tag == null ? plain : longForm(tag, plain);
    }

    private static ObjectNode object(YAMLParser parser) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, value(parser));
        }
        return object;
    }

    private static ArrayNode array(YAMLParser parser) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser));
        }
        return array;
    }

    /** The intrinsic function name for a YAML tag, or null for untagged and standard ({@code !!str}) nodes. */
    private static String intrinsicTag(String typeId) {
        if (typeId == null || typeId.isEmpty() || typeId.startsWith("tag:yaml.org")) {
            return null;
        }
        return typeId;
    }

    private static JsonNode longForm(String tag, JsonNode argument) {
        ObjectNode node = NODES.objectNode();
        switch (tag) {
            case "Ref", "Condition" -> node.set(tag, argument);
            case "GetAtt" -> node.set("Fn::GetAtt", getAttArguments(argument));
            default -> node.set("Fn::" + tag, argument);
        }
        return node;
    }

    /** {@code !GetAtt Bucket.Arn} is short for {@code ["Bucket", "Arn"]}; the attribute may itself hold dots. */
    private static JsonNode getAttArguments(JsonNode argument) {
        if (!argument.isTextual()) {
            return argument;
        }
        String text = argument.textValue();
        int dot = text.indexOf('.');
        ArrayNode parts = NODES.arrayNode();
        if (dot < 0) {
            parts.add(text);
        } else {
            parts.add(text.substring(0, dot)).add(text.substring(dot + 1));
        }
        return parts;
    }
}
