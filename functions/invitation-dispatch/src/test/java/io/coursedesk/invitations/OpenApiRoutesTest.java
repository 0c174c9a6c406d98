package io.coursedesk.invitations;

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

/** The compile-time OpenAPI document (Swagger UI of the local run) and template.yaml name the same routes. */
class OpenApiRoutesTest {
    private static final String DOCUMENT = "META-INF/swagger/coursedesk-invitations-0.1.yml";

    @Test
    void theDocumentListsExactlyTheTemplatesRoutesOfTheApiFunctionWithoutTheCallerParameter() throws IOException {
        JsonNode openApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT).isNotNull();
            openApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> routed = SamTemplate.locate().httpRoutes().stream()
                .filter(route -> route.functionId().equals(MailWorld.API_FUNCTION))
                .map(HttpApiRoute::routeKey).collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).isEqualTo(routed);
        assertThat(openApi.toString()).doesNotContain("\"caller\"");
        assertThat(openApi.path("paths").path("/courses/{courseId}/invitations").path("post").path("responses")
                .has("202")).isTrue();
    }
}
