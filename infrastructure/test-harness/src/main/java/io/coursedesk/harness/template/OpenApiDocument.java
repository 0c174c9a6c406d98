package io.coursedesk.harness.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A function's OpenAPI document as micronaut-openapi writes it at compile time into the module's classes
 * ({@code META-INF/swagger/<title>-<version>.yml}, the one the Swagger UI of the local run shows).
 */
public final class OpenApiDocument {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The keys of a path item that are operations. */
    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Reads the document from this classpath resource, e.g. {@code META-INF/swagger/coursedesk-enrolment-0.1.yml}. */
    public static OpenApiDocument fromClasspath(String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the classpath: is micronaut-openapi's"
                        + " annotation processor configured for the module?");
            }
            return new OpenApiDocument(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** A document already read, such as the local runtime's merge of all functions' documents. */
    public static OpenApiDocument of(JsonNode root) {
        return new OpenApiDocument(root);
    }

    public JsonNode root() {
        return root;
    }

    /** Every documented operation as a route key, {@code "GET /courses/{courseId}"}. */
    public Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                routes.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return routes;
    }

    /**
     * The operations with no security requirement of their own. micronaut-openapi writes the requirement on every
     * secured operation, so the document-wide default it may add as well is not what tells public from secured.
     */
    public Set<String> publicRoutes() {
        Set<String> routes = new TreeSet<>();
        for (String route : routes()) {
            String[] methodAndPath = route.split(" ", 2);
            JsonNode security = root.path("paths").path(methodAndPath[1])
                    .path(methodAndPath[0].toLowerCase(Locale.ROOT)).path("security");
            if (security.isEmpty()) {
                routes.add(route);
            }
        }
        return routes;
    }
}
