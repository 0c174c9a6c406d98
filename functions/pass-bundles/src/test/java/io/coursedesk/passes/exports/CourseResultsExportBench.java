package io.coursedesk.passes.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursedesk.harness.ApiGatewayEvents;
import io.coursedesk.harness.LocalAws;
import io.coursedesk.passes.ChildJvm;
import io.coursedesk.shared.domain.Certificate;
import io.coursedesk.shared.domain.Course;
import io.coursedesk.shared.domain.CourseDay;
import io.coursedesk.shared.domain.CourseDetails;
import io.coursedesk.shared.domain.CourseKind;
import io.coursedesk.shared.domain.CourseStatus;
import io.coursedesk.shared.domain.Enrolment;
import io.coursedesk.shared.domain.EnrolmentStatus;
import io.coursedesk.shared.domain.Ids;
import io.coursedesk.shared.domain.Organisation;
import io.coursedesk.shared.domain.RecordedResult;
import io.coursedesk.shared.domain.Student;
import io.coursedesk.shared.persistence.CertificateItems;
import io.coursedesk.shared.persistence.CourseItems;
import io.coursedesk.shared.persistence.EnrolmentItems;
import io.coursedesk.shared.persistence.OrganisationResultItems;
import io.coursedesk.shared.persistence.OrganisationItems;
import io.coursedesk.shared.persistence.StudentItems;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code bench/export.sh}: the course-results export of an organisation with {@value #STUDENTS} students of
 * {@value #RESULTS_PER_STUDENT} recorded results each (100,000 rows; {@value #COURSES} courses of two days, four in
 * five passed with a certificate), from the request to the answer, through the real handler reading DynamoDB Local
 * and, the file being larger than a response takes, putting it into S3Proxy. The function runs in a JVM of its own
 * ({@link ExportProcess}) started as Lambda starts it, so the peak heap is the function's, not the stand-ins'. One
 * warm-up, then {@code runs}; the last line gives the median time and the highest peak heap.
 */
public final class CourseResultsExportBench {
    static final int STUDENTS = 10_000;
    static final int RESULTS_PER_STUDENT = 10;
    static final int COURSES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CourseResultsExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        LocalAws aws = LocalAws.get().withS3();
        String tenantId = "bench" + Ids.newId().replace("-", "").substring(0, 10);
        long seeding = System.nanoTime();
        String organisationId = seed(aws, tenantId);
        System.out.printf("seeded %d students, %d results in %d s%n", STUDENTS, STUDENTS * RESULTS_PER_STUDENT,
                (System.nanoTime() - seeding) / 1_000_000_000);
        String token = aws.tokens().forSubject("contact-" + organisationId).tenantId(tenantId)
                .role("ORGANISATION_CONTACT").organisationId(organisationId).email("karin@hoogland.example")
                .name("Karin").mint();
        String event = ApiGatewayEvents.get("/exports/course-results.xlsx").bearer(token)
                .routeFrom(aws.template()).toJson().replace('\n', ' ');

        Child function = Child.start();
        String[] warmUp = function.export(event).split(" ", 4);
        System.out.println("warm-up: status " + warmUp[0] + ", handler " + warmUp[1] + " ms");
        long[] millis = new long[runs];
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            String[] answer = function.export(event).split(" ", 4);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            peak = Math.max(peak, Long.parseLong(answer[2]));
            System.out.println("run " + (i + 1) + ": status " + answer[0] + ", " + millis[i] + " ms (handler "
                    + answer[1] + " ms), peak heap " + answer[2] + " MB");
            checkDownload(answer[3]);
        }
        function.stop();
        Arrays.sort(millis);
        System.out.println("export: " + STUDENTS * RESULTS_PER_STUDENT + " rows " + millis[runs / 2] + " ms, peak heap "
                + peak + " MB");
        System.exit(0);
    }

    /** The link answered works and gives a workbook. */
    private static void checkDownload(String body) throws Exception {
        JsonNode link = JSON.readTree(body);
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(link.path("downloadUrl").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (download.statusCode() != 200 || download.body()[0] != 'P' || download.body()[1] != 'K') {
            throw new IllegalStateException("the download link gave " + download.statusCode());
        }
        System.out.println("  downloaded " + download.body().length + " bytes through the link");
    }

    /** The organisation, its students, the courses and the results; returns the organisation's id. */
    private static String seed(LocalAws aws, String tenantId) throws Exception {
        Instant now = Instant.now();
        Organisation organisation = new Organisation(Ids.newId(), tenantId, "Bouwbedrijf Hoogland", null,
                "Karin de Vries", "karin@hoogland.example", "facturen@hoogland.example", null, false, now);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        items.add(OrganisationItems.toItem(organisation));
        List<Course> courses = new ArrayList<>();
        LocalDate first = LocalDate.now().minusYears(3);
        for (int c = 0; c < COURSES; c++) {
            LocalDate day = first.plusDays(c * 5L);
            Course course = new Course(Ids.newId(), tenantId, new CourseDetails(List.of("BHV", "EHBO", "VCA", "Heftruck").get(c % 4),
                    c % 5 == 0 ? CourseKind.EXTERNAL : CourseKind.CERTIFIED, null, null,
                    List.of(new CourseDay(day, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                            new CourseDay(day.plusDays(1), LocalTime.of(9, 0), LocalTime.of(16, 0))),
                    24, null, 12, "Utrecht", false, false, false, null, Set.of()), CourseStatus.OPEN, 0, 0, now);
            courses.add(course);
            items.add(CourseItems.toItem(course));
        }
        for (int s = 0; s < STUDENTS; s++) {
            Student student = new Student(Ids.newId(), tenantId, "Voornaam" + s, "Achternaam " + s,
                    "cursist" + s + "@hoogland.example", LocalDate.of(1970 + s % 35, 1 + s % 12, 1 + s % 28),
                    organisation.id(), now);
            items.add(StudentItems.toItem(student));
            for (int r = 0; r < RESULTS_PER_STUDENT; r++) {
                Course course = courses.get((s * 7 + r * (COURSES / RESULTS_PER_STUDENT)) % COURSES);
                boolean passed = (s + r) % 5 != 0;
                Enrolment enrolment = new Enrolment(Ids.newId(), tenantId, course.id(), student.id(), null,
                        EnrolmentStatus.CONFIRMED, now, true, passed, null, course.details().firstDay().date(), null);
                items.add(EnrolmentItems.toItem(enrolment));
                LocalDate expiry = passed ? course.details().certificateExpiry() : null;
                if (passed) {
                    items.add(CertificateItems.toItem(new Certificate(tenantId, student.id(), enrolment.id(),
                            course.id(), course.type(), course.details().lastDay().date(), expiry)));
                }
                items.add(OrganisationResultItems.toItem(organisation.id(), student,
                        RecordedResult.of(enrolment, expiry).orElseThrow()));
            }
        }
        write(aws.dynamoDbClient(), aws.tableName(), items);
        return organisation.id();
    }

    /** BatchWriteItem, 25 items a request, eight at a time, retrying what was left unprocessed. */
    private static void write(DynamoDbClient dynamoDb, String table, List<Map<String, AttributeValue>> items)
            throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> batch = items.subList(from, Math.min(from + 25, items.size())).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            done.add(writers.submit(() -> {
                Map<String, List<WriteRequest>> pending = Map.of(table, batch);
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> request = pending;
                    BatchWriteItemResponse response = dynamoDb.batchWriteItem(b -> b.requestItems(request));
                    pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();
    }

    /** The function's JVM: same class path, the stand-ins' endpoints and names as system properties. */
    private static final class Child {
        private final Process process;
        private final BufferedWriter events;
        private final BufferedReader answers;

        private Child(Process process) {
            this.process = process;
            this.events = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        }

        static Child start() throws Exception {
            return new Child(ChildJvm.start(ExportProcess.class, "function.java.opts"));
        }

        /** One request; the child's answer without its prefix. */
        String export(String event) throws Exception {
            events.write(event);
            events.newLine();
            events.flush();
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                if (line.startsWith(ExportProcess.ANSWER)) {
                    return line.substring(ExportProcess.ANSWER.length());
                }
            }
            throw new IllegalStateException("the function's process ended early");
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
