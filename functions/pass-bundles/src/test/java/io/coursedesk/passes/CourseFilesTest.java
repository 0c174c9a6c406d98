package io.coursedesk.passes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.ApiGatewayResponse;
import io.coursedesk.harness.FunctionUnderTest;
import io.coursedesk.harness.ListPages;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Course files through the real handler, uploaded and downloaded with presigned URLs that S3Proxy checks. */
class CourseFilesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FunctionUnderTest api;

    @BeforeAll
    static void start() {
        LocalAws.get().withS3();
        api = FunctionUnderTest.http("PassBundlesApiFunction", new APIGatewayV2HTTPEventFunction());
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void anAdminUploadsThroughTheSignedUrlAndParticipantsDownloadWhatIsMarkedForThem() throws Exception {
        CourseWorld world = new CourseWorld(api.aws());
        Course course = world.course(false);
        byte[] handout = "%PDF-1.7 hand-out".getBytes(StandardCharsets.UTF_8);
        byte[] exam = "%PDF-1.7 exam key".getBytes(StandardCharsets.UTF_8);
        JsonNode handoutFile = upload(world, course, "Hand-out Zoë.pdf", handout, true);
        upload(world, course, "Antwoorden.pdf", exam, false);

        List<JsonNode> asAdmin = list(world.adminToken(), course);
        assertThat(asAdmin).extracting(f -> f.path("name").asText())
                .containsExactlyInAnyOrder("Hand-out Zoë.pdf", "Antwoorden.pdf");
        assertThat(asAdmin).allSatisfy(f -> assertThat(f.path("uploadUrl").isNull()).isTrue());

        String student = "s" + world.tenantId;
        world.enrol(course, student, EnrolmentStatus.CONFIRMED);
        List<JsonNode> asParticipant = list(world.studentToken(student), course);
        assertThat(asParticipant).extracting(f -> f.path("fileId").asText())
                .containsExactly(handoutFile.path("fileId").asText());
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(
                URI.create(asParticipant.get(0).path("downloadUrl").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(handout);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''Hand-out%20Zo%C3%AB.pdf");
    }

    @Test
    void filesArePagedAndAParticipantsPagesHoldOnlyWhatTheyMaySee() throws Exception {
        CourseWorld world = new CourseWorld(api.aws());
        Course course = world.course(false);
        Set<String> visible = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            visible.add(upload(world, course, "Deel " + i + ".pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), true)
                    .path("fileId").asText());
            announce(world, course, "Intern " + i + ".pdf", "application/pdf", 100, false);
        }
        String student = "s" + world.tenantId;
        world.enrol(course, student, EnrolmentStatus.CONFIRMED);
        String path = "/courses/" + course.id() + "/files";

        List<JsonNode> asAdmin = ListPages.all(4, cursor -> call(ApiGatewayEvents.get(ListPages.page(path, 4, cursor)),
                world.adminToken()));
        List<JsonNode> asParticipant = ListPages.all(2, cursor -> call(ApiGatewayEvents.get(ListPages.page(path, 2, cursor)),
                world.studentToken(student)));

        assertThat(asAdmin).extracting(f -> f.path("fileId").asText()).hasSize(6).doesNotHaveDuplicates();
        assertThat(asParticipant).extracting(f -> f.path("fileId").asText()).containsExactlyInAnyOrderElementsOf(visible);
        String next = call(ApiGatewayEvents.get(path + "?limit=2"), world.studentToken(student)).next();
        ListPages.assertRefused(call(ApiGatewayEvents.get(path + "?limit=2&cursor=" + next), world.adminToken()), "cursor");
    }

    @Test
    void theUploadUrlTakesOnlyTheAnnouncedTypeAndSize() throws Exception {
        CourseWorld world = new CourseWorld(api.aws());
        Course course = world.course(false);
        JsonNode announced = announce(world, course, "Rooster.pdf", "application/pdf", 10, false).json();
        URI uploadUrl = URI.create(announced.path("uploadUrl").asText());

        int otherType = HTTP.send(HttpRequest.newBuilder(uploadUrl).header("Content-Type", "text/html")
                .PUT(HttpRequest.BodyPublishers.ofString("0123456789")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        int larger = HTTP.send(HttpRequest.newBuilder(uploadUrl).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofString("0123456789 and much more")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        URI tampered = URI.create(uploadUrl.toString().replace("course-files%2F", "bundles%2F").replace("/course-files/", "/bundles/"));
        int otherKey = HTTP.send(HttpRequest.newBuilder(tampered).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofString("0123456789")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(List.of(otherType, larger, otherKey)).containsOnly(403);
        assertThat(list(world.adminToken(), course)).singleElement()
                .satisfies(f -> assertThat(f.path("downloadUrl").isNull()).as("nothing arrived").isTrue());
    }

    @Test
    void aBadAnnouncementIsRefusedNamingTheFieldAndWritesNothing() {
        CourseWorld world = new CourseWorld(api.aws());
        Course course = world.course(false);

        ApiGatewayResponse tooLarge = announce(world, course, "Video.pdf", "application/pdf", 20L * 1024 * 1024 + 1, false);
        ApiGatewayResponse wrongType = announce(world, course, "Pagina.html", "text/html", 100, false);
        ApiGatewayResponse noName = announce(world, course, " ", "application/pdf", 100, false);
        ApiGatewayResponse slash = announce(world, course, "../etc/passwd", "application/pdf", 100, false);

        assertThat(field(tooLarge)).isEqualTo("size");
        assertThat(field(wrongType)).isEqualTo("contentType");
        assertThat(field(noName)).isEqualTo("name");
        assertThat(field(slash)).isEqualTo("name");
        assertThat(list(world.adminToken(), course)).isEmpty();
    }

    @Test
    void nobodyButTheProvidersAdminsAndItsParticipantsSeesAnything() {
        CourseWorld world = new CourseWorld(api.aws());
        Course course = world.course(false);
        announce(world, course, "Lesstof.pdf", "application/pdf", 100, true);
        String waiting = "w" + world.tenantId;
        world.enrol(course, waiting, EnrolmentStatus.WAITLISTED);
        CourseWorld other = new CourseWorld(api.aws());

        for (String token : List.of(world.studentToken("s-not-enrolled"), world.studentToken(waiting),
                world.contactToken("o1"), other.adminToken())) {
            ApiGatewayResponse reply = call(ApiGatewayEvents.get("/courses/" + course.id() + "/files"), token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        }
        ApiGatewayResponse foreignAnnounce = call(ApiGatewayEvents.post("/courses/" + course.id() + "/files")
                .jsonBody("{\"name\":\"x.pdf\",\"contentType\":\"application/pdf\",\"size\":1}"), other.adminToken());
        assertThat(foreignAnnounce.status()).isEqualTo(404);
        ApiGatewayResponse studentAnnounce = call(ApiGatewayEvents.post("/courses/" + course.id() + "/files")
                .jsonBody("{\"name\":\"x.pdf\",\"contentType\":\"application/pdf\",\"size\":1}"), world.studentToken(waiting));
        assertThat(studentAnnounce.status()).isEqualTo(403);
    }

    @Test
    void deletingAFileRemovesItsObjectToo() throws Exception {
        CourseWorld world = new CourseWorld(api.aws());
        Course course = world.course(false);
        JsonNode file = upload(world, course, "Oud.pdf", "%PDF old".getBytes(StandardCharsets.UTF_8), true);
        String downloadUrl = list(world.adminToken(), course).get(0).path("downloadUrl").asText();

        ApiGatewayResponse deleted = call(ApiGatewayEvents.delete("/courses/" + course.id() + "/files/"
                + file.path("fileId").asText()), world.adminToken());
        ApiGatewayResponse again = call(ApiGatewayEvents.delete("/courses/" + course.id() + "/files/"
                + file.path("fileId").asText()), world.adminToken());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(list(world.adminToken(), course)).isEmpty();
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(downloadUrl)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }

    @Test
    void aWhiteLabelCourseTakesFiles() {
        CourseWorld world = new CourseWorld(api.aws());
        Course course = world.course(true);

        assertThat(announce(world, course, "Presentielijst.pdf", "application/pdf", 100, false).status()).isEqualTo(201);
    }

    private static JsonNode upload(CourseWorld world, Course course, String name, byte[] content, boolean visible)
            throws Exception {
        ApiGatewayResponse announced = announce(world, course, name, "application/pdf", content.length, visible);
        assertThat(announced.status()).as(announced.toString()).isEqualTo(201);
        JsonNode file = announced.json();
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(file.path("uploadUrl").asText()))
                .header("Content-Type", file.path("uploadHeaders").path("Content-Type").asText())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        return file;
    }

    private static ApiGatewayResponse announce(CourseWorld world, Course course, String name, String type, long size,
                                               boolean visible) {
        String body = String.format(
                "{\"name\":%s,\"contentType\":\"%s\",\"size\":%d,\"visibleToParticipants\":%b}",
                TextNode.valueOf(name), type, size, visible);
        return call(ApiGatewayEvents.post("/courses/" + course.id() + "/files").jsonBody(body), world.adminToken());
    }

    private static List<JsonNode> list(String token, Course course) {
        ApiGatewayResponse reply = call(ApiGatewayEvents.get("/courses/" + course.id() + "/files"), token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return StreamSupport.stream(reply.items().spliterator(), false).toList();
    }

    private static ApiGatewayResponse call(ApiGatewayEvents.Request request, String token) {
        return api.call(request.bearer(token));
    }

    private static String field(ApiGatewayResponse reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("errors").size()).as(reply.toString()).isEqualTo(1);
        return reply.json().path("errors").get(0).path("field").asText();
    }
}
