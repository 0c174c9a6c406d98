package io.coursedesk.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.local.openapi.ApiDocument;
import io.coursedesk.local.openapi.OpenApiDocuments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Swagger UI from the webjar on {@code /swagger-ui/}, showing first the merged document of the whole API (served on
 * {@code /openapi.yaml}), then the function jars' own OpenAPI files, which are served on {@code /openapi/<file>}.
 */
final class SwaggerUi implements HttpHandler {

    static final String UI_PATH = "/swagger-ui";
    static final String DOCUMENTS_PATH = "/openapi/";

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css", "js", "text/javascript",
            "png", "image/png", "map", "application/json");

    private final OpenApiDocuments documents;
    private final MergedApi merged;
    private final String webjarFolder;
    private final byte[] initializer;

    SwaggerUi(OpenApiDocuments documents, MergedApi merged, ObjectMapper json) {
        this.documents = documents;
        this.merged = merged;
        this.webjarFolder = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
        this.initializer = initializer(documents, json);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(MergedApi.PATH)) {
            if (merged.yaml() == null) {
                ApiGatewayResponse.writeProblem(exchange, 500, "Internal Server Error", merged.failure());
                return;
            }
            ApiGatewayResponse.of(200, "application/yaml", merged.yaml()).writeTo(exchange);
            return;
        }
        if (path.startsWith(DOCUMENTS_PATH)) {
            byte[] document = documents.all().get(path.substring(DOCUMENTS_PATH.length()));
            if (document == null) {
                ApiGatewayResponse.writeProblem(exchange, 404, "Not Found", "No OpenAPI document " + path);
                return;
            }
            ApiGatewayResponse.of(200, "application/yaml", document).writeTo(exchange);
            return;
        }
        String file = path.length() <= UI_PATH.length() + 1 ? "" : path.substring(UI_PATH.length() + 1);
        if (file.isEmpty()) {
            if (!path.endsWith("/")) {
                ApiGatewayResponse.of(302, null, new byte[0]).withHeader("Location", UI_PATH + "/").writeTo(exchange);
                return;
            }
            file = "index.html";
        }
        byte[] content = file.equals("swagger-initializer.js") ? initializer : webjarFile(file);
        if (content == null) {
            ApiGatewayResponse.writeProblem(exchange, 404, "Not Found", "No Swagger UI file " + file);
            return;
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        ApiGatewayResponse.of(200, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"), content)
                .writeTo(exchange);
    }

    private byte[] webjarFile(String file) throws IOException {
        if (file.contains("..")) {
            return null;
        }
        try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(webjarFolder + file)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** Swagger UI's start script, pointed at our documents in a drop-down, the merged one first. */
    private static byte[] initializer(OpenApiDocuments documents, ObjectMapper json) {
        ArrayNode urls = json.createArrayNode();
        urls.addObject().put("url", MergedApi.PATH).put("name", ApiDocument.TITLE + " (all functions)");
        documents.all().keySet().forEach(name -> urls.addObject().put("url", DOCUMENTS_PATH + name).put("name", name));
        String script = """
                window.onload = function() {
                  window.ui = SwaggerUIBundle({
                    urls: %s,
                    dom_id: '#swagger-ui',
                    deepLinking: true,
                    persistAuthorization: true,
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                    layout: "StandaloneLayout"
                  });
                };
                """.formatted(urls.toString());
        return script.getBytes(StandardCharsets.UTF_8);
    }

    private static String webjarVersion() {
        try (InputStream in = SwaggerUi.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
