package io.coursedesk.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursedesk.harness.template.HttpApiRoute;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the functions' documents become one: on small documents written here. */
class ApiDocumentMergeTest {

    private static final String COURSES = """
            openapi: 3.0.1
            info: {title: CourseDesk courses, description: Courses., version: "0.1"}
            security: [{bearer: []}]
            paths:
              /courses:
                post:
                  summary: Create a course
                  operationId: create
                  requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/CourseRequest"}}}}
                  responses:
                    "200": {description: created}
                    "409": {description: An instructor is already booked}
                  security: [{bearer: [PROVIDER_ADMIN]}]
              /courses/{courseId}:
                get:
                  summary: One course
                  operationId: list_1
                  parameters: [{name: courseId, in: path, required: true, schema: {type: string}}]
                  responses: {"200": {description: the course}}
              /catalogue:
                get:
                  tags: [Catalogue]
                  summary: Open courses
                  operationId: list
                  responses: {"200": {description: the catalogue}}
            components:
              schemas:
                CourseRequest:
                  type: object
                  properties:
                    name: {type: string}
                    seats: {type: integer, minimum: 0, exclusiveMinimum: true}
                    instructor: {$ref: "#/components/schemas/Invitation", nullable: true}
                Invitation: {type: object, properties: {courseId: {type: string}}}
                Unused: {type: string}
              securitySchemes:
                bearer: {type: http, scheme: bearer, bearerFormat: JWT}
            """;

    private static final String INSTRUCTORS = """
            openapi: 3.0.1
            info: {title: CourseDesk instructors, description: Instructors and their invitations., version: "0.1"}
            paths:
              /instructors:
                get:
                  summary: The instructors
                  operationId: list
                  parameters: [{name: name, in: query, schema: {type: string, nullable: true}}]
                  responses:
                    "200": {description: instructors, content: {application/json: {schema: {$ref: "#/components/schemas/Invitation"}}}}
                  security: [{bearer: [PROVIDER_ADMIN]}]
              /respond/{token}:
                get:
                  summary: The answer page
                  operationId: page
                  parameters: [{name: token, in: path, required: true, schema: {type: string}}]
                  responses:
                    "200": {description: the page, content: {"text/html;charset=utf-8": {schema: {type: string}}}}
            components:
              schemas:
                Invitation: {type: object, properties: {instructorId: {type: string}}}
            """;

    private static final List<HttpApiRoute> ROUTES = List.of(
            new HttpApiRoute("CoursesApiFunction", "CreateCourse", "POST", "/courses", false),
            new HttpApiRoute("CoursesApiFunction", "GetCourse", "GET", "/courses/{courseId}", false),
            new HttpApiRoute("CoursesApiFunction", "Catalogue", "GET", "/catalogue", true),
            new HttpApiRoute("InstructorsFunction", "ListInstructors", "GET", "/instructors", false),
            new HttpApiRoute("InstructorsFunction", "AnswerPage", "GET", "/respond/{token}", true));

    @Test
    void securityFollowsTheTemplateAndProblemResponsesTheOperation() {
        ObjectNode document = merged(COURSES, INSTRUCTORS);

        JsonNode create = document.at("/paths/~1courses/post");
        assertThat(create.get("security").toString()).isEqualTo("[{\"bearer\":[\"PROVIDER_ADMIN\"]}]");
        assertThat(create.get("responses").fieldNames()).toIterable().containsExactly("200", "409", "400", "401", "403", "500");
        assertThat(create.at("/responses/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(create.at("/responses/409/description").asText()).isEqualTo("An instructor is already booked");

        JsonNode course = document.at("/paths/~1courses~1{courseId}/get");
        assertThat(course.get("security").toString()).as("the document's own default").isEqualTo("[{\"bearer\":[]}]");
        assertThat(course.get("responses").fieldNames()).toIterable().containsExactly("200", "401", "403", "404", "500");

        JsonNode catalogue = document.at("/paths/~1catalogue/get");
        assertThat(catalogue.get("security").isEmpty()).as("public in the template").isTrue();
        assertThat(catalogue.get("responses").fieldNames()).toIterable().containsExactly("200", "500");

        assertThat(document.at("/paths/~1instructors/get/responses").fieldNames()).toIterable()
                .containsExactly("200", "400", "401", "403", "500");
        assertThat(document.at("/components/responses/NotFound/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.at("/components/responses").fieldNames()).toIterable().doesNotContain("Conflict");
    }

    @Test
    void anOperationAnsweringOnlyHtmlAnswersItsErrorsAsPages() {
        JsonNode responses = merged(COURSES, INSTRUCTORS).at("/paths/~1respond~1{token}/get/responses");

        assertThat(responses.fieldNames()).toIterable().containsExactly("200", "404", "500");
        for (String status : List.of("404", "500")) {
            assertThat(responses.get(status).has("$ref")).isFalse();
            assertThat(responses.get(status).get("content").fieldNames()).toIterable().containsExactly("text/html;charset=utf-8");
        }
    }

    @Test
    void operationIdsAreTheControllerMethodsUnlessTwoShareOne() {
        ObjectNode document = merged(COURSES, INSTRUCTORS);

        assertThat(document.at("/paths/~1courses/post/operationId").asText()).isEqualTo("create");
        // list, list_1 (micronaut's numbering) and the other function's list share one method name
        assertThat(document.at("/paths/~1courses~1{courseId}/get/operationId").asText()).isEqualTo("getCoursesByCourseId");
        assertThat(document.at("/paths/~1catalogue/get/operationId").asText()).isEqualTo("getCatalogue");
        assertThat(document.at("/paths/~1instructors/get/operationId").asText()).isEqualTo("getInstructors");
    }

    @Test
    void schemasAreOpenApi31OnesAndOneNameForTwoThingsIsTwoNames() {
        ObjectNode document = merged(COURSES, INSTRUCTORS);

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.fieldNames()).toIterable().containsExactly(
                "CourseRequest", "CoursesInvitation", "FieldError", "InstructorsInvitation", "Problem");
        assertThat(schemas.at("/CourseRequest/properties/instructor/anyOf/0/$ref").asText())
                .isEqualTo("#/components/schemas/CoursesInvitation");
        assertThat(schemas.at("/CourseRequest/properties/seats/exclusiveMinimum").asInt()).isZero();
        assertThat(schemas.at("/CourseRequest/properties/seats").has("minimum")).isFalse();
        assertThat(document.at("/paths/~1instructors/get/parameters/0/schema/type").toString()).isEqualTo("[\"string\",\"null\"]");
        assertThat(document.at("/paths/~1instructors/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/InstructorsInvitation");
        assertThat(document.at("/components/securitySchemes").fieldNames()).toIterable().containsExactly("bearer");
    }

    @Test
    void untaggedOperationsTakeTheirFunctionsPartAndEveryTagIsDescribed() {
        ObjectNode document = merged(COURSES, INSTRUCTORS);

        assertThat(document.at("/paths/~1instructors/get/tags/0").asText()).isEqualTo("Instructors");
        assertThat(document.get("tags").toString()).isEqualTo("[{\"name\":\"Catalogue\",\"description\":\"Courses.\"},"
                + "{\"name\":\"Courses\",\"description\":\"Courses.\"},"
                + "{\"name\":\"Instructors\",\"description\":\"Instructors and their invitations.\"}]");
    }

    @Test
    void aRouteInTwoFunctionsAndAMissingSummaryAreRefusedByName() {
        String clashing = INSTRUCTORS.replace("/instructors:", "/courses:\n    post: {summary: Also, responses: {\"200\": {description: x}}}\n  /instructors:")
                .replace("summary: The instructors", "description: no summary");

        assertThatThrownBy(() -> merged(COURSES, clashing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POST /courses is in the documents of both CoursesApiFunction and InstructorsFunction")
                .hasMessageContaining("GET /instructors (InstructorsFunction, controller method list) has no summary");
    }

    private static ObjectNode merged(String courses, String instructors) {
        return ApiDocument.merge(List.of(
                new FunctionApi("CoursesApiFunction", FunctionApi.read(courses.getBytes(StandardCharsets.UTF_8))),
                new FunctionApi("InstructorsFunction", FunctionApi.read(instructors.getBytes(StandardCharsets.UTF_8)))), ROUTES);
    }
}
