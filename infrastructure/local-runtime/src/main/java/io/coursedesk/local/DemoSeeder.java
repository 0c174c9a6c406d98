package io.coursedesk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.coursedesk.shared.domain.Provider;
import io.coursedesk.shared.domain.SubscriptionTerms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds the demo world ({@code demo-world.yaml}): each provider and its admin by the operator's onboarding, then the
 * records through the local HTTP API with the admin's token (signed in on the Cognito emulator), so they are made by
 * the functions' own code; contacts get their accounts from the admin, students sign up. Returns the users who can
 * sign in, with the ids the functions gave their records.
 */
final class DemoSeeder {

    static final String WORLD = "/demo-world.yaml";

    /** Sections of a provider in the order they are posted (later ones refer to earlier ones). */
    private static final List<Section> SECTIONS = List.of(
            new Section("instructors", "/instructors", "instructorId"),
            new Section("organisations", "/organisations", "organisationId"),
            new Section("students", "/students", "studentId"),
            new Section("courses", "/courses", "courseId"),
            new Section("programmes", "/programmes", "programmeId"));
    private static final Pattern REFERENCE = Pattern.compile("@([a-z]+)\\.([A-Za-z0-9_-]+)");
    private static final Pattern RELATIVE_DATE = Pattern.compile("\\+(\\d{1,3})");

    private final URI api;
    private final DemoAccounts accounts;
    private final ObjectMapper json;
    private final Clock clock;
    private final DemoTimeTravel timeTravel;
    private final HttpClient http = HttpClient.newHttpClient();

    DemoSeeder(URI api, DemoAccounts accounts, ObjectMapper json, Clock clock, DemoTimeTravel timeTravel) {
        this.api = api;
        this.timeTravel = timeTravel;
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
    }

    static JsonNode readWorld() {
        try (InputStream in = DemoSeeder.class.getResourceAsStream(WORLD)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WORLD, e);
        }
    }

    List<DemoUser> seed(JsonNode world) {
        List<DemoUser> users = new ArrayList<>();
        for (JsonNode provider : world.path("providers")) {
            users.addAll(seedProvider(provider));
        }
        return users;
    }

    private List<DemoUser> seedProvider(JsonNode provider) {
        String tenantId = provider.path("tenantId").asText();
        JsonNode profile = provider.path("profile");
        JsonNode subscription = provider.path("subscription");
        DemoUser admin = accounts.onboard(new Provider(tenantId, profile.path("name").asText(),
                        profile.path("notificationEmail").asText()),
                new SubscriptionTerms(LocalDate.parse(subscription.path("since").asText()),
                        subscription.path("memberInstitute").asBoolean()),
                provider.path("admin").path("email").asText(), provider.path("admin").path("name").asText());
        String token = accounts.signIn(admin.email(), admin.password());
        Map<String, Map<String, String>> ids = new HashMap<>();
        send("PUT", "/provider", provider.path("profile"), token);
        for (Section section : SECTIONS) {
            Map<String, String> created = new HashMap<>();
            provider.path(section.name()).fields().forEachRemaining(entry -> created.put(entry.getKey(),
                    createdId(section, resolve(entry.getValue(), ids), token)));
            ids.put(section.name(), created);
        }
        provider.path("organisationCodes").fields().forEachRemaining(code -> send("PUT", "/organisations/"
                + id(ids, "organisations", code.getKey()) + "/code", json.createObjectNode().put("code",
                code.getValue().asText()), token));
        Map<String, String> enrolments = new HashMap<>();
        for (JsonNode enrolment : provider.path("enrolments")) {
            String courseId = id(ids, "courses", enrolment.path("course").asText());
            JsonNode created = send("POST", "/courses/" + courseId + "/enrolments", resolve(enrolment.path("body"), ids), token);
            enrolments.put(enrolment.path("key").asText(created.path("enrolmentId").asText()), created.path("enrolmentId").asText());
        }
        ids.put("enrolments", enrolments);
        for (JsonNode finished : provider.path("finishedCourses")) {
            String courseId = id(ids, "courses", finished.path("course").asText());
            timeTravel.moveCourse(tenantId, courseId, LocalDate.now(clock).minusDays(finished.path("daysAgo").asInt()));
            for (JsonNode result : finished.path("results")) {
                send("PUT", "/courses/" + courseId + "/enrolments/" + id(ids, "enrolments", result.path("enrolment").asText())
                        + "/result", resolve(result.path("body"), ids), token);
            }
        }
        JsonNode history = provider.path("courseHistory");
        for (int i = 0; i < history.path("lastYear").asInt(); i++) {
            // the price's bundle counts last year's courses: made like any course, then moved into last year
            String courseId = send("POST", "/courses", resolve(history.path("course"), ids), token)
                    .path("courseId").asText();
            timeTravel.moveCourse(tenantId, courseId, LocalDate.of(LocalDate.now(clock).getYear() - 1, 1, 15)
                    .plusDays(i * 11L));
        }
        JsonNode holders = provider.path("qualificationHolders");
        if (!holders.isMissingNode()) {
            String organisationId = id(ids, "organisations", holders.path("organisation").asText());
            send("POST", "/qualifications/imports", HttpRequest.BodyPublishers.ofByteArray(DemoQualificationImport
                    .workbook(holders, organisationId, LocalDate.now(clock))), DemoQualificationImport.XLSX,
                    "the generated .xlsx of " + holders.path("count").asInt() + " holders", token);
        }
        List<DemoUser> users = new ArrayList<>(List.of(admin));
        for (JsonNode user : provider.path("users")) {
            users.add(user(tenantId, user, provider, ids, token));
        }
        return users;
    }

    /** A person who signs in: a contact gets their account from the admin, a student signs up. */
    private DemoUser user(String tenantId, JsonNode user, JsonNode provider, Map<String, Map<String, String>> ids,
                          String adminToken) {
        String role = user.path("role").asText();
        return switch (role) {
            case "ORGANISATION_CONTACT" -> {
                String key = user.path("organisation").asText();
                JsonNode organisation = provider.path("organisations").path(key);
                // the organisation's contact person, or a colleague named in the entry
                String email = user.path("email").asText(organisation.path("contactEmail").asText());
                String name = user.path("name").asText(organisation.path("contactName").asText());
                String organisationId = id(ids, "organisations", key);
                send("POST", "/organisations/" + organisationId + "/contacts",
                        json.createObjectNode().put("email", email).put("name", name), adminToken);
                accounts.choosePassword(email);
                yield new DemoUser(email, name, role, tenantId, organisationId, null, DemoAccounts.PASSWORD);
            }
            case "STUDENT" -> {
                String key = user.path("student").asText();
                JsonNode student = provider.path("students").path(key);
                String email = student.path("email").asText();
                String name = student.path("firstName").asText() + " " + student.path("lastName").asText();
                // linked by their email to the record the admin made
                accounts.signUp(email, name, tenantId);
                yield new DemoUser(email, name, role, tenantId, null, id(ids, "students", key), DemoAccounts.PASSWORD);
            }
            default -> throw new IllegalArgumentException(WORLD + ": unknown role " + role);
        };
    }

    /** A copy of the body with {@code @section.key} replaced by ids and {@code +N} by dates. */
    private JsonNode resolve(JsonNode body, Map<String, Map<String, String>> ids) {
        if (body.isObject()) {
            ObjectNode copy = json.createObjectNode();
            body.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(field.getValue(), ids)));
            return copy;
        }
        if (body.isArray()) {
            ArrayNode copy = json.createArrayNode();
            body.forEach(element -> copy.add(resolve(element, ids)));
            return copy;
        }
        if (body.isTextual()) {
            Matcher reference = REFERENCE.matcher(body.asText());
            if (reference.matches()) {
                return TextNode.valueOf(id(ids, reference.group(1), reference.group(2)));
            }
            Matcher date = RELATIVE_DATE.matcher(body.asText());
            if (date.matches()) {
                return TextNode.valueOf(LocalDate.now(clock).plusDays(Long.parseLong(date.group(1))).toString());
            }
        }
        return body;
    }

    private static String id(Map<String, Map<String, String>> ids, String section, String key) {
        String id = ids.getOrDefault(section, Map.of()).get(key);
        if (id == null) {
            throw new IllegalArgumentException(WORLD + ": no " + section + " '" + key + "' (declared before it is used?)");
        }
        return id;
    }

    private String createdId(Section section, JsonNode body, String token) {
        JsonNode id = send("POST", section.route(), body, token).path(section.idField());
        if (!id.isTextual()) {
            throw new IllegalStateException("seeding POST " + section.route() + " answered without " + section.idField());
        }
        return id.asText();
    }

    private JsonNode send(String method, String path, JsonNode body, String token) {
        try {
            String text = json.writeValueAsString(body);
            return send(method, path, HttpRequest.BodyPublishers.ofString(text), "application/json", text, token);
        } catch (IOException e) {
            throw new UncheckedIOException("seeding " + method + " " + path + " failed", e);
        }
    }

    /** @param shownBody the body as a seeding error shows it */
    private JsonNode send(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                          String shownBody, String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve(path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", contentType)
                    .method(method, body)
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("seeding " + method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body() + "\nrequest: " + shownBody);
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("seeding " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding", e);
        }
    }

    /** A kind of record: the route that creates it and the field of the answer holding its id. */
    private record Section(String name, String route, String idField) {
    }
}
