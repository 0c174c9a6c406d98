package io.coursedesk.enrolment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.coursedesk.harness.template.HttpApiRoute;
import io.coursedesk.harness.template.SamTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document generated at compile time (and shipped in the jar for the Swagger UI) lists exactly
 * the routes template.yaml sends to the enrolment function, and only the catalogue is public in both.
 */
class RoutesMatchTemplateTest {
    private static final String DOCUMENT = "META-INF/swagger/coursedesk-enrolment-0.1.yml";

    @Test
    void theOpenApiDocumentAndTheTemplateNameTheSameRoutes() throws IOException {
        JsonNode openApi = openApi();
        Set<String> documented = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> routed = SamTemplate.locate().httpRoutes().stream()
                .filter(route -> route.functionId().equals("EnrolmentFunction"))
                .map(HttpApiRoute::routeKey).collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).isEqualTo(routed);
        Set<String> publicRoutes = SamTemplate.locate().httpRoutes().stream()
                .filter(route -> route.functionId().equals("EnrolmentFunction") && route.publicRoute())
                .map(HttpApiRoute::routeKey).collect(Collectors.toSet());
        assertThat(publicRoutes).containsExactly("GET /catalogue");
        assertThat(openApi.path("paths").path("/catalogue").path("get").path("security")).isEmpty();
        assertThat(openApi.path("info").path("title").asText()).isEqualTo("CourseDesk enrolment");
    }

    private static JsonNode openApi() throws IOException {
        try (InputStream in = RoutesMatchTemplateTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT + " on the classpath").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
